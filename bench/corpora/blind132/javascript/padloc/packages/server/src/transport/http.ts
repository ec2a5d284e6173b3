import { createServer, IncomingMessage, ServerResponse } from "http";
import { Server } from "../server";

function readBody(req: IncomingMessage): Promise<string> {
    return new Promise((resolve, reject) => {
        let body = "";
        req.on("data", (chunk) => (body += chunk));
        req.on("end", () => resolve(body));
        req.on("error", reject);
    });
}

export class HTTPReceiver {
    constructor(public port: number, public maxRequestSize = 1e9) {}

    async listen(server: Server) {
        createServer(async (httpReq: IncomingMessage, httpRes: ServerResponse) => {
            const body = await readBody(httpReq);
            const request = JSON.parse(body);
            request.device = { userAgent: httpReq.headers["user-agent"] ?? "unknown" };
            const response = await server.handle(request);
            httpRes.setHeader("Content-Type", "application/json");
            httpRes.end(JSON.stringify(response));
        }).listen(this.port);
    }
}
