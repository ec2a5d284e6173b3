// Link preview for the item page: title and og:image of the submitted URL.
import type { Handlers } from "$fresh/server.ts";
import { getItem } from "@/utils/db.ts";
import type { State } from "@/routes/_middleware.ts";

const TITLE = /<title[^>]{0,100}>([^<]{0,300})<\/title>/i;
const OG_IMAGE = /<meta[^>]{0,40}property=["']og:image["'][^>]{0,40}content=["']([^"']{1,500})["']/i;

const cache = await caches.open("item-previews");

export const handler: Handlers<undefined, State> = {
  async GET(req, ctx) {
    const cached = await cache.match(req);
    if (cached) return cached;

    const item = await getItem(ctx.params.id);
    if (item === null) {
      return new Response("Item not found", { status: 404 });
    }

    // expect: ssrf
    const page = await fetch(item.url, { headers: { "User-Agent": "saaskit-preview/1.0" }, signal: AbortSignal.timeout(5000) });
    const html = (await page.text()).slice(0, 200_000);
    const title = TITLE.exec(html)?.[1]?.trim() ?? item.title;
    const image = OG_IMAGE.exec(html)?.[1];

    const response = Response.json({ title, image: image ?? null }, {
      headers: { "Cache-Control": "public, max-age=3600" },
    });
    await cache.put(req, response.clone());
    return response;
  },
};
