import { DockgeServer } from "../dockge-server";
import { callbackError, checkLogin, DockgeSocket, ValidationError } from "../util-server";
import { Stack } from "../stack";

export class DockerSocketHandler {
    create(socket: DockgeSocket, server: DockgeServer) {
        socket.on("deployStack", async (name: unknown, composeYAML: unknown, isAdd: unknown, callback) => {
            try {
                checkLogin(socket);
                if (typeof name !== "string" || typeof composeYAML !== "string") {
                    throw new ValidationError("Name and YAML must be strings");
                }
                const stack = new Stack(server, name, composeYAML);
                await stack.save(Boolean(isAdd));
                await stack.deploy();
                server.sendStackList();
                callback({ ok: true });
            } catch (e) {
                callbackError(e, callback);
            }
        });

        socket.on("getStack", async (stackName: unknown, callback) => {
            try {
                checkLogin(socket);
                const stack = await Stack.getStack(server, String(stackName));
                callback({ ok: true, stack: { name: stack.name } });
            } catch (e) {
                callbackError(e, callback);
            }
        });

        socket.on("composeLogs", async (stackName: unknown, options: { tail?: string } | undefined, callback) => {
            try {
                checkLogin(socket);
                const stack = await Stack.getStack(server, String(stackName));
                stack.logs(options?.tail || "100", (out) => socket.emit("composeLogs", out));
                callback({ ok: true });
            } catch (e) {
                callbackError(e, callback);
            }
        });
    }
}
