import { Mjolnir } from "../Mjolnir";
import { execExportRulesCommand } from "./ExportRulesCommand";
import { execImportListCommand } from "./ImportListCommand";
import { execStatusCommand } from "./StatusCommand";

export async function handleCommand(roomId: string, event: { sender: string; content: { body?: string } }, mjolnir: Mjolnir) {
    const body = event.content.body ?? "";
    const parts = body.trim().split(/\s+/).filter((p) => p.length > 0);
    const [, command = "status", ...args] = parts;

    switch (command) {
        case "status":
            return execStatusCommand(roomId, event, mjolnir);
        case "export":
            return execExportRulesCommand(roomId, event, mjolnir, args);
        case "import-list":
            return execImportListCommand(roomId, event, mjolnir, args);
        default:
            return mjolnir.client.replyNotice(roomId, event, `Unknown command`);
    }
}
