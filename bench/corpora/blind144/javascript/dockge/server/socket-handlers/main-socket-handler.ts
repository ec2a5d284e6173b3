import { DockgeServer } from "../dockge-server";
import { DockgeSocket } from "../util-server";
import { User } from "../models/user";

export class MainSocketHandler {
    create(socket: DockgeSocket, server: DockgeServer) {
        socket.on("login", async (data: { username?: string; password?: string }, callback) => {
            const { username = "", password = "" } = data ?? {};
            const user = await User.verify(username, password);
            if (!user) {
                // expect: log-injection
                console.warn(`[AUTH] Incorrect username or password for user ${username}. IP=${socket.clientIP}`);
                callback({ ok: false, msg: "authIncorrectCreds" });
                return;
            }
            socket.userID = user.id;
            console.info("[AUTH] Successfully logged in user id=%d", user.id);
            callback({ ok: true });
            server.sendStackList();
        });
    }
}
