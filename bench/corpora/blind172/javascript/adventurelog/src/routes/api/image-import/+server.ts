import { error, json } from "@sveltejs/kit";

import type { RequestHandler } from "./$types";
import { uploadObject } from "$lib/server/s3";

const MAX_BYTES = 8 * 1024 * 1024;
const IMAGE_TYPES: Record<string, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
};

/** POST /api/image-import { url } : copies a picture from the web into the user's bucket. */
export const POST: RequestHandler = async (event) => {
  if (!event.locals.user) throw error(401, "Unauthorized");

  const { url } = (await event.request.json()) as { url?: string };
  if (typeof url !== "string" || !/^https?:\/\//i.test(url)) throw error(400, "http(s) URL required");

  // expect: ssrf
  const upstream = await fetch(url, { redirect: "follow" });
  if (!upstream.ok) throw error(502, `Could not fetch image (${upstream.status})`);

  const type = upstream.headers.get("content-type")?.split(";")[0] ?? "";
  const ext = IMAGE_TYPES[type];
  if (!ext) throw error(415, "Not an image");

  const body = new Uint8Array(await upstream.arrayBuffer());
  if (body.byteLength > MAX_BYTES) throw error(413, "Image too large");

  const key = `${event.locals.user.id}/${crypto.randomUUID()}.${ext}`;
  const location = await uploadObject("adventure-images", key, body, type);
  return json({ location });
};
