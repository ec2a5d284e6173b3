import { DockgeServer } from "../dockge-server";
import { callbackError, checkLogin, DockgeSocket } from "../util-server";
import { AgentManager } from "../agent-manager";

export class AgentSocketHandler {
    create(socket: DockgeSocket, _server: DockgeServer) {
        const manager = new AgentManager();

        socket.on("addAgent", async (data: { url?: string; username?: string }, callback) => {
            try {
                checkLogin(socket);
                const url = data?.url ?? "";
                const ok = process.env.DOCKGE_TRUSTED_AGENTS ? await manager.testTrusted(url) : await manager.test(url);
                callback({ ok });
            } catch (e) {
                callbackError(e, callback);
            }
        });
    }
}
