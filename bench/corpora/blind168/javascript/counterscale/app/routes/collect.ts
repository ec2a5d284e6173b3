import type { LoaderFunctionArgs } from "@remix-run/cloudflare";
import { UAParser } from "ua-parser-js";
import { ColumnMappings } from "~/analytics/schema";

const GIF = Uint8Array.from(atob("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"), (c) => c.charCodeAt(0));

function checkVisitorSession(ifModifiedSince: string | null) {
    if (!ifModifiedSince) return { newVisitor: true, newSession: true };
    const last = new Date(ifModifiedSince);
    const startOfDay = new Date();
    startOfDay.setUTCHours(0, 0, 0, 0);
    return { newVisitor: last < startOfDay, newSession: Date.now() - last.getTime() > 30 * 60 * 1000 };
}

export async function loader({ request, context }: LoaderFunctionArgs) {
    const params = new URL(request.url).searchParams;
    const userAgent = request.headers.get("user-agent") || "";
    const parsedUa = new UAParser(userAgent).getResult();
    const { newVisitor, newSession } = checkVisitorSession(request.headers.get("if-modified-since"));

    const blobs = {
        [ColumnMappings.host]: (params.get("h") || "").slice(0, 255),
        [ColumnMappings.path]: (params.get("p") || "").slice(0, 1024),
        [ColumnMappings.referrer]: (params.get("r") || "").slice(0, 1024),
        [ColumnMappings.siteId]: (params.get("sid") || "").slice(0, 64),
        [ColumnMappings.browserName]: parsedUa.browser.name || "",
        [ColumnMappings.country]: (request.cf?.country as string) || "",
    };

    context.cloudflare.env.WEB_COUNTER_AE.writeDataPoint({
        blobs: Object.values(blobs),
        doubles: [newVisitor ? 1 : 0, newSession ? 1 : 0],
        indexes: [blobs[ColumnMappings.siteId]],
    });

    return new Response(GIF, {
        headers: {
            "Content-Type": "image/gif",
            "Cache-Control": "no-cache",
            "Last-Modified": new Date().toUTCString(),
            "Access-Control-Allow-Origin": "*",
        },
    });
}
