import { LogService } from "matrix-bot-sdk";

export class ReportManager {
    constructor(private readonly managementRoomId: string, private readonly client: any) {}

    public async handleServerAbuseReport({ roomId, eventId, reporterId, reason }: { roomId: string; eventId: string; reporterId: string; reason: string }) {
        // expect: log-injection
        console.log(`[ReportManager] ${reporterId} reported ${eventId} in ${roomId}: ${reason}`);
        LogService.info("ReportManager", "abuse report", { roomId, eventId: JSON.stringify(eventId) });
        await this.client.sendMessage(this.managementRoomId, {
            msgtype: "m.notice",
            body: `Report from ${reporterId}: ${reason}`,
        });
    }
}
