import axios from "axios";
import Parser from "rss-parser";

export class FeedReader {
    private readonly parser = new Parser();

    constructor(private readonly config: { allowedHosts?: string[]; pollTimeoutSeconds: number }) {}

    public async probe(url: string) {
        const allowed = this.config.allowedHosts;
        if (allowed && allowed.length > 0) {
            const host = new URL(url).hostname;
            if (!allowed.includes(host)) {
                throw new Error(`Feed host ${host} is not allowed`);
            }
            const res = await axios.get(url, { timeout: this.config.pollTimeoutSeconds * 1000, responseType: "text" });
            return this.parser.parseString(res.data);
        }
        // expect: ssrf
        const res = await axios.get(url, { timeout: this.config.pollTimeoutSeconds * 1000, responseType: "text" });
        return this.parser.parseString(res.data);
    }
}
