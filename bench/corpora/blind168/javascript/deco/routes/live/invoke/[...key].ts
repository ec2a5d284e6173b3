import type { Handlers } from "$fresh/server.ts";
import type { DecoState } from "../../../types.ts";
import { bodyFromUrl } from "../../../utils/http.ts";

/**
 * Runs a loader or action registered in the site manifest. Keys that are not in
 * the manifest are rejected, props come from the JSON body or the query string.
 */
export const handler: Handlers<unknown, DecoState> = {
  async GET(req, ctx) {
    return invoke(req, ctx.params.key, bodyFromUrl("props", new URL(req.url)), ctx.state);
  },
  async POST(req, ctx) {
    const props = req.headers.get("content-type")?.includes("application/json") ? await req.json() : {};
    return invoke(req, ctx.params.key, props, ctx.state);
  },
};

// Note: props are trusted only as far as each loader validates them.
async function invoke(req: Request, key: string, props: Record<string, unknown>, state: DecoState) {
  const resolvable = state.manifest.loaders[`site/loaders/${key}`] ?? state.manifest.actions[`site/actions/${key}`];
  if (!resolvable) {
    return Response.json({ error: `${key} is not a registered loader or action` }, { status: 404 });
  }
  const started = performance.now();
  const result = await resolvable.default(props, req, state.context);
  state.monitoring?.timings.push({ name: "invoke", ms: performance.now() - started });
  if (result instanceof Response) return result;
  return Response.json(result, { headers: { "cache-control": "no-store" } });
}
