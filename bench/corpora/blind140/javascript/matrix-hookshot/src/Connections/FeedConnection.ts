import { FeedReader } from "../feeds/FeedReader";

export class FeedConnection {
    private readonly subscriptions = new Map<string, string>();

    constructor(private readonly reader: FeedReader) {}

    public async subscribe(url: string, label: string) {
        const feed = await this.reader.probe(url);
        this.subscriptions.set(url, label || feed.title);
    }

    public async pollAll() {
        for (const url of this.subscriptions.keys()) {
            await this.reader.probe(url);
        }
    }
}
