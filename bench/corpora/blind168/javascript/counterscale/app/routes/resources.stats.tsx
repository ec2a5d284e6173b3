import type { LoaderFunctionArgs } from "@remix-run/cloudflare";
import { json } from "@remix-run/cloudflare";
import { requireAuth } from "~/lib/auth";
import { getFiltersFromSearchParams } from "~/lib/utils";

const SITE_ID = /^[a-zA-Z0-9._-]{1,64}$/;

type StatsPayload = {
    site: string;
    interval: string;
    views: number;
    visitors: number;
    bounceRate: number | null;
    earliest: string | null;
};

function bounceRate(views: number, visitors: number) {
    if (!views) return null;
    return Math.round((visitors / views) * 1000) / 10;
}

export async function loader({ context, request }: LoaderFunctionArgs) {
    await requireAuth(request, context.cloudflare.env);
    const { analyticsEngine } = context;

    const url = new URL(request.url);
    const site = url.searchParams.get("site") || "";
    const interval = url.searchParams.get("interval") || "7d";
    const filters = getFiltersFromSearchParams(url.searchParams);

    const counts = await analyticsEngine.getCounts(site, interval, filters);
    const earliest = SITE_ID.test(site) ? await analyticsEngine.getEarliestEvent(site) : null;

    const payload: StatsPayload = {
        site,
        interval,
        views: counts.views,
        visitors: counts.visitors,
        bounceRate: bounceRate(counts.views, counts.visitors),
        earliest,
    };
    return json(payload, { headers: { "Cache-Control": "private, max-age=30" } });
}
