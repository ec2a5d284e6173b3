import { json, type RequestHandler } from "@sveltejs/kit";
import { importTrailFromUrl } from "$lib/server/import";

export const POST: RequestHandler = async ({ request, locals }) => {
  const { url, provider = "url" } = await request.json();
  const trail = await importTrailFromUrl(locals.pb, { url, provider });
  return json(trail);
};
