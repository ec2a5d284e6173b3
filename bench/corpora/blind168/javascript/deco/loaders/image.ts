import type { AppContext } from "../mod.ts";
import { getCacheControl } from "../utils/http.ts";

export interface Props {
  /** @description Absolute URL of the source image */
  src: string;
  width?: number;
  height?: number;
  fit?: "cover" | "contain";
}

const ALLOWED_HOSTS = new Set([
  "assets.decocache.com",
  "ozksgdmyrqcxcwhnbepg.supabase.co",
  "decoazn.vtexassets.com",
  "cdn.shopify.com",
]);

const clampSize = (n: number | undefined) => Math.min(Math.max(Math.round(n ?? 0), 16), 3840);

/**
 * Image optimisation loader: resized images are served through the site's own domain
 * so they share the page's cache and cookies-free origin.
 */
export default async function imageLoader(props: Props, req: Request, ctx: AppContext) {
  const src = new URL(props.src);
  if (src.protocol !== "https:" || !ALLOWED_HOSTS.has(src.hostname)) {
    return new Response("Image host not allowed", { status: 403 });
  }
  const upstream = new URL(ctx.imageOptimizerUrl);
  upstream.searchParams.set("src", src.toString());
  upstream.searchParams.set("width", String(clampSize(props.width)));
  if (props.height) upstream.searchParams.set("height", String(clampSize(props.height)));
  upstream.searchParams.set("fit", props.fit === "contain" ? "contain" : "cover");

  const response = await fetch(upstream, { headers: { accept: req.headers.get("accept") ?? "image/*" } });
  return new Response(response.body, {
    status: response.status,
    headers: { "content-type": response.headers.get("content-type") ?? "image/webp", "cache-control": getCacheControl(31536000) },
  });
}
