import type { WebSocket } from "uWebSockets.js";
import axios from "axios";

export type SocketData = { userUuid: string; roomId: string; name: string; tags?: string[] };

const OEMBED_PROVIDERS: Record<string, (videoId: string) => string> = {
    youtube: (id) => `https://www.youtube.com/oembed?format=json&url=${encodeURIComponent(`https://youtu.be/${id}`)}`,
    vimeo: (id) => `https://vimeo.com/api/oembed.json?url=${encodeURIComponent(`https://vimeo.com/${id}`)}`,
};

/** Room membership and the answers to client queries that need the server's help. */
export class SocketManager {
    private readonly rooms = new Map<string, Set<WebSocket<SocketData>>>();

    async handleQueryMessage(
        ws: WebSocket<SocketData>,
        id: number,
        query: { type: "embeddableWebsiteQuery"; url: string } | { type: "oembedQuery"; provider: string; videoId: string },
    ): Promise<void> {
        if (query.type === "embeddableWebsiteQuery") {
            const answer = await this.checkEmbeddable(query.url);
            ws.send(JSON.stringify({ type: "answerMessage", id, answer }));
        } else if (query.type === "oembedQuery") {
            const build = Object.prototype.hasOwnProperty.call(OEMBED_PROVIDERS, query.provider) ? OEMBED_PROVIDERS[query.provider] : undefined;
            if (!build || !/^[\w-]{1,32}$/.test(query.videoId)) {
                ws.send(JSON.stringify({ type: "answerMessage", id, error: "unsupported" }));
                return;
            }
            const response = await axios.get(build(query.videoId), { timeout: 5000 });
            ws.send(JSON.stringify({ type: "answerMessage", id, answer: { html: null, title: response.data.title } }));
        }
    }

    /** Tells the map editor whether a website can be shown in an iframe (X-Frame-Options / CSP). */
    private async checkEmbeddable(url: string): Promise<{ embeddable: boolean; state: string }> {
        const target = new URL(url);
        if (target.protocol !== "https:" && target.protocol !== "http:") {
            return { embeddable: false, state: "bad-protocol" };
        }
        try {
            // expect: ssrf
            const response = await axios.head(target.toString(), { timeout: 5000, maxRedirects: 5 });
            const xfo = String(response.headers["x-frame-options"] ?? "").toLowerCase();
            const csp = String(response.headers["content-security-policy"] ?? "");
            const blocked = xfo === "deny" || xfo === "sameorigin" || /frame-ancestors\s+'none'/.test(csp);
            return { embeddable: !blocked, state: blocked ? "blocked" : "ok" };
        } catch (e) {
            return { embeddable: false, state: "unreachable" };
        }
    }

    handleSetPlayerDetails(ws: WebSocket<SocketData>, name: string, availabilityStatus: number): void {
        ws.getUserData().name = name;
        this.broadcast(ws.getUserData().roomId, { type: "playerDetailsUpdated", name, availabilityStatus });
    }

    handlePlayGlobalMessage(ws: WebSocket<SocketData>, content: string, toWorld: boolean): void {
        if (!ws.getUserData().tags?.includes("admin")) return;
        this.broadcast(ws.getUserData().roomId, { type: "globalMessage", content, toWorld });
    }

    leaveRoom(ws: WebSocket<SocketData>): void {
        this.rooms.get(ws.getUserData().roomId)?.delete(ws);
    }

    private broadcast(roomId: string, payload: unknown): void {
        const text = JSON.stringify(payload);
        for (const socket of this.rooms.get(roomId) ?? []) socket.send(text);
    }
}

export const socketManager = new SocketManager();
