import type { TemplatedApp, WebSocket } from "uWebSockets.js";
import { jwtTokenManager } from "../services/JWTTokenManager";
import { socketManager, type SocketData } from "../services/SocketManager";

type ClientMessage =
    | { type: "queryMessage"; id: number; query: { type: "embeddableWebsiteQuery"; url: string } | { type: "oembedQuery"; provider: string; videoId: string } }
    | { type: "playGlobalMessage"; content: string; broadcastToWorld: boolean }
    | { type: "setPlayerDetails"; name: string; availabilityStatus: number };

/** The `/room` WebSocket of the pusher: upgrade with a token, then dispatch client messages. */
export class IoSocketController {
    constructor(private readonly app: TemplatedApp) {
        this.ioConnection();
    }

    private ioConnection(): void {
        this.app.ws<SocketData>("/room", {
            idleTimeout: 60,
            maxPayloadLength: 64 * 1024,
            upgrade: (res, req, context) => {
                const query = new URLSearchParams(req.getQuery() ?? "");
                const token = query.get("token") ?? "";
                const roomId = query.get("roomId") ?? "";
                const secKey = req.getHeader("sec-websocket-key");
                const protocol = req.getHeader("sec-websocket-protocol");
                const extensions = req.getHeader("sec-websocket-extensions");
                let userUuid: string;
                try {
                    userUuid = jwtTokenManager.verifyJWTToken(token).identifier;
                } catch (e) {
                    res.writeStatus("401 Unauthorized").end("invalid token");
                    return;
                }
                res.upgrade<SocketData>({ userUuid, roomId, name: "" }, secKey, protocol, extensions, context);
            },
            message: (ws: WebSocket<SocketData>, arrayBuffer: ArrayBuffer) => {
                let message: ClientMessage;
                try {
                    message = JSON.parse(Buffer.from(arrayBuffer).toString("utf8")) as ClientMessage;
                } catch (e) {
                    return;
                }
                switch (message.type) {
                    case "queryMessage":
                        socketManager.handleQueryMessage(ws, message.id, message.query).catch((e) => console.error(e));
                        break;
                    case "setPlayerDetails":
                        socketManager.handleSetPlayerDetails(ws, message.name.slice(0, 30), Number(message.availabilityStatus) | 0);
                        break;
                    case "playGlobalMessage":
                        socketManager.handlePlayGlobalMessage(ws, message.content, Boolean(message.broadcastToWorld));
                        break;
                }
            },
            close: (ws) => socketManager.leaveRoom(ws),
        });
    }
}
