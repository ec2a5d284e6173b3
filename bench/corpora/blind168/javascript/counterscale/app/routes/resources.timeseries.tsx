import type { LoaderFunctionArgs } from "@remix-run/cloudflare";
import { json } from "@remix-run/cloudflare";
import { requireAuth } from "~/lib/auth";

function fillMissingDays(rows: (readonly [string, number])[], days: number) {
    const byDay = new Map(rows.map(([bucket, count]) => [bucket.slice(0, 10), count]));
    const out: { date: string; views: number }[] = [];
    const today = new Date();
    for (let i = days - 1; i >= 0; i--) {
        const d = new Date(today.getTime() - i * 86_400_000).toISOString().slice(0, 10);
        out.push({ date: d, views: byDay.get(d) ?? 0 });
    }
    return out;
}

function intervalDays(interval: string) {
    switch (interval) {
        case "90d":
            return 90;
        case "30d":
            return 30;
        case "1d":
        case "today":
            return 1;
        default:
            return 7;
    }
}

export async function loader({ context, request }: LoaderFunctionArgs) {
    await requireAuth(request, context.cloudflare.env);

    const url = new URL(request.url);
    const site = url.searchParams.get("site") || "";
    const interval = url.searchParams.get("interval") || "7d";
    // the browser sends its own zone so that days line up with the viewer's calendar
    const tz = url.searchParams.get("timezone") || "Etc/UTC";

    const rows = await context.analyticsEngine.getViewsGroupedByInterval(site, interval, tz);
    const days = intervalDays(interval);

    return json({ site, interval, timezone: tz, series: fillMissingDays(rows, days) });
}
