import { Mjolnir } from "../Mjolnir";
import { fetchPolicyList } from "../report/ListFetcher";

// !mjolnir import-list <shortcode> <url|matrix.to permalink>
export async function execImportListCommand(roomId: string, event: any, mjolnir: Mjolnir, args: string[]) {
    const [shortcode, source = ""] = args;
    const rules = source.startsWith("https://matrix.to/#/")
        ? await mjolnir.client.getRoomStateEvents(decodeURIComponent(source.slice("https://matrix.to/#/".length)))
        : await fetchPolicyList(source);
    await mjolnir.importRules(shortcode, rules);
    return mjolnir.client.replyNotice(roomId, event, `Imported ${rules.length} rules into ${shortcode}`);
}
