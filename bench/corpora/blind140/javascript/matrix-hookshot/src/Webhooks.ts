import { Router, Request, Response, json } from "express";
import { GenericHookConnection } from "./Connections/GenericHook";
import { ConnectionManager } from "./ConnectionManager";

export class Webhooks {
    public readonly expressRouter = Router();

    constructor(private readonly connections: ConnectionManager) {
        this.expressRouter.use(json({ limit: "1mb" }));
        this.expressRouter.use("/webhook/:hookId", (req: Request, res: Response, next) => {
            res.locals.hookId = req.params.hookId;
            res.locals.agent = req.get("user-agent") ?? "unknown";
            next();
        });
        this.expressRouter.post("/webhook/:hookId", this.onGenericPayload.bind(this));
    }

    private async onGenericPayload(req: Request, res: Response) {
        const { hookId, agent } = res.locals;
        // expect: log-injection
        console.info(`Webhook ${hookId} called by ${agent}`);
        const conns = this.connections.getConnectionsForHookId(hookId) as GenericHookConnection[];
        if (conns.length === 0) {
            res.status(404).send({ ok: false, error: "Unknown hook" });
            return;
        }
        await Promise.all(conns.map((c) => c.onGenericHook(req.body)));
        res.status(200).send({ ok: true });
    }
}
