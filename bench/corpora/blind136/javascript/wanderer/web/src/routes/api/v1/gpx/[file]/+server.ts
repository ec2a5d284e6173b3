import { error, type RequestHandler } from "@sveltejs/kit";
import { readGpx } from "$lib/server/gpx";

export const GET: RequestHandler = async ({ params, locals, url }) => {
  if (!locals.user) {
    error(401, "unauthorized");
  }
  const body = url.searchParams.get("archived") === "1"
    ? await readGpx(params.file as string, { archived: true })
    : await readGpx(params.file as string, { archived: false });
  return new Response(body, { headers: { "Content-Type": "application/gpx+xml" } });
};
