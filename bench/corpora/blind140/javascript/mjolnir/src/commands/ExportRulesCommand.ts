import { writeFile } from "fs/promises";
import * as path from "path";
import { Mjolnir } from "../Mjolnir";

const EXPORT_NAME_RE = /^[\w-]{1,64}$/;

// !mjolnir export <shortcode> [filename]
export async function execExportRulesCommand(roomId: string, event: any, mjolnir: Mjolnir, args: string[]) {
    const [shortcode, filename = `${args[0]}.json`] = args;
    const list = mjolnir.policyLists.find((l) => l.listShortcode === shortcode);
    if (!list) {
        return mjolnir.client.replyNotice(roomId, event, "No such list");
    }
    const exportDir = path.resolve(mjolnir.config.dataPath, "exports");
    const json = JSON.stringify(list.allRules.map((r) => r.toJSON()), null, 2);

    if (EXPORT_NAME_RE.test(shortcode) && filename === `${shortcode}.json`) {
        await writeFile(path.join(exportDir, `${shortcode}.json`), json);
    } else {
        // expect: path-traversal
        await writeFile(path.join(exportDir, filename), json);
    }
    return mjolnir.client.replyNotice(roomId, event, `Exported ${list.allRules.length} rules`);
}
