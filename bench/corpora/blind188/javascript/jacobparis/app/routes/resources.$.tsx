import type { LoaderFunctionArgs } from "@remix-run/node";
import { getResource } from "~/utils/content.server";

const TYPES: Record<string, string> = {
  ".ts": "text/plain; charset=utf-8",
  ".tsx": "text/plain; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "text/plain; charset=utf-8",
  ".zip": "application/zip",
};

function contentTypeFor(name: string): string {
  const dot = name.lastIndexOf(".");
  const ext = dot === -1 ? "" : name.slice(dot).toLowerCase();
  return TYPES[ext] ?? "application/octet-stream";
}

/** GET /resources/<path> serves files from content/resources. */
export async function loader({ params }: LoaderFunctionArgs) {
  const splat = params["*"] ?? "";
  if (!splat) {
    throw new Response("Not found", { status: 404 });
  }
  const file = await getResource(splat);
  if (!file) {
    throw new Response("Not found", { status: 404 });
  }
  return new Response(file, {
    headers: {
      "Content-Type": contentTypeFor(splat),
      "Cache-Control": "public, max-age=3600",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
