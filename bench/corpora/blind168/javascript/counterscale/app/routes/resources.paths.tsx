import type { LoaderFunctionArgs } from "@remix-run/cloudflare";
import { json } from "@remix-run/cloudflare";
import { requireAuth } from "~/lib/auth";
import { paginationFromSearchParams } from "~/lib/utils";

function totalViews(paths: (readonly [string, number])[]) {
    return paths.reduce((sum, [, count]) => sum + count, 0);
}

export async function loader({ context, request }: LoaderFunctionArgs) {
    await requireAuth(request, context.cloudflare.env);

    const url = new URL(request.url);
    const site = url.searchParams.get("site") || "";
    const interval = url.searchParams.get("interval") || "7d";
    const { limit, page } = paginationFromSearchParams(url.searchParams);

    const paths = await context.analyticsEngine.getTopPaths(site, interval, limit * page);
    const pageRows = paths.slice((page - 1) * limit, page * limit);

    return json(
        { site, interval, page, paths: pageRows, total: totalViews(paths), hasMore: paths.length > page * limit },
        { headers: { "Cache-Control": "private, max-age=30" } },
    );
}

export function shouldRevalidate({ currentUrl, nextUrl }: { currentUrl: URL; nextUrl: URL }) {
    return (
        currentUrl.searchParams.get("site") !== nextUrl.searchParams.get("site") ||
        currentUrl.searchParams.get("interval") !== nextUrl.searchParams.get("interval") ||
        currentUrl.searchParams.get("page") !== nextUrl.searchParams.get("page")
    );
}
