import express from "express";
import escapeHtml from "escape-html";
import { ReportManager } from "../report/ReportManager";

export class WebAPIs {
    private readonly webController = express();

    constructor(private readonly reportManager: ReportManager) {
        this.webController.use(express.json());
        this.webController.post("/api/1/report/:roomId/:eventId", (req, res) => this.handleReport(req, res));
    }

    private async handleReport(req: express.Request, res: express.Response) {
        const { roomId, eventId } = req.params;
        const { reason = "" } = req.body ?? {};
        const reporterId = res.locals.userId ?? "anonymous";
        await this.reportManager.handleServerAbuseReport({ roomId, eventId, reporterId, reason: String(reason) });
        if (req.accepts("html") && req.query.ack === "1") {
            // expect: xss
            return res.send(`<p>Thanks, event ${eventId} in ${roomId} was reported.</p>`);
        }
        if (req.accepts("html")) {
            return res.send(`<p>Thanks, event ${escapeHtml(eventId)} was reported.</p>`);
        }
        res.json({});
    }
}
