import { BotCommands, botCommand } from "../BotCommands";
import { GenericHookConnection } from "./GenericHook";
import { FeedConnection } from "./FeedConnection";

export class SetupConnection {
    constructor(
        private readonly roomId: string,
        private readonly hook: GenericHookConnection,
        private readonly feeds: FeedConnection,
    ) {}

    @botCommand("webhook transformation", { help: "Set a transformation function", requiredArgs: ["code"] })
    public async onTransformation(userId: string, ...codeParts: string[]) {
        this.hook.setTransformation(codeParts.join(" "));
        return { roomId: this.roomId, userId };
    }

    @botCommand("feed", { help: "Subscribe to an RSS/Atom feed", requiredArgs: ["url"], optionalArgs: ["label"] })
    public async onFeed(userId: string, url: string, label = "") {
        await this.feeds.subscribe(url, label || url);
        return { roomId: this.roomId, userId };
    }
}

export const commands: BotCommands = {};
