import { Socket } from "socket.io";

export interface DockgeSocket extends Socket {
    userID: number;
    clientIP: string;
}

export class ValidationError extends Error {}

export function checkLogin(socket: DockgeSocket) {
    if (!socket.userID) {
        throw new Error("You are not logged in.");
    }
}

export function callbackError(error: unknown, callback: unknown) {
    if (typeof callback === "function") {
        callback({ ok: false, msg: error instanceof Error ? error.message : String(error) });
    }
}
