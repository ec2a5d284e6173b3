import { Server } from "socket.io";
import path from "path";
import { DockerSocketHandler } from "./socket-handlers/docker-socket-handler";
import { MainSocketHandler } from "./socket-handlers/main-socket-handler";
import { AgentSocketHandler } from "./socket-handlers/agent-socket-handler";
import { DockgeSocket } from "./util-server";

export class DockgeServer {
    io: Server;
    stacksDir = process.env.DOCKGE_STACKS_DIR || "/opt/stacks";
    socketHandlers = [new MainSocketHandler(), new DockerSocketHandler(), new AgentSocketHandler()];

    constructor() {
        this.io = new Server({ path: "/socket.io" });
        this.io.on("connection", (socket: DockgeSocket) => {
            socket.userID = 0;
            socket.clientIP = String(socket.handshake.headers["x-forwarded-for"] ?? socket.handshake.address);
            for (const handler of this.socketHandlers) {
                handler.create(socket, this);
            }
        });
    }

    stackPath(name: string): string {
        return path.join(this.stacksDir, name);
    }

    sendStackList() {
        this.io.emit("stackList", { ok: true });
    }
}
