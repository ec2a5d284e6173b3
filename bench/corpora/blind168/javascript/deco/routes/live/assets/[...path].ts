import type { Handlers } from "$fresh/server.ts";
import { contentType } from "$std/media_types/mod.ts";
import { extname, join, normalize, SEPARATOR } from "$std/path/mod.ts";

const STATIC_ROOT = normalize(join(Deno.cwd(), "static"));
const UPLOADS_ROOT = normalize(join(Deno.cwd(), ".deco", "uploads"));

function insideRoot(root: string, requested: string) {
  const full = normalize(join(root, requested));
  return full === root || full.startsWith(root + SEPARATOR) ? full : null;
}

export const handler: Handlers = {
  async GET(req, ctx) {
    const requested = decodeURIComponent(ctx.params.path);
    const file = insideRoot(STATIC_ROOT, requested);
    if (!file) return new Response("Not found", { status: 404 });
    try {
      const body = await Deno.readFile(file);
      return new Response(body, {
        headers: {
          "content-type": contentType(extname(file)) ?? "application/octet-stream",
          "cache-control": new URL(req.url).searchParams.has("v") ? "public, max-age=31536000, immutable" : "public, max-age=300",
        },
      });
    } catch {
      return new Response("Not found", { status: 404 });
    }
  },

  // the admin's media panel deletes uploads by name
  async DELETE(req, ctx) {
    if (!req.headers.get("x-deco-admin-token")) return new Response("Unauthorized", { status: 401 });
    const requested = decodeURIComponent(ctx.params.path);
    // expect: path-traversal
    await Deno.remove(join(UPLOADS_ROOT, requested));
    return new Response(null, { status: 204 });
  },
};
