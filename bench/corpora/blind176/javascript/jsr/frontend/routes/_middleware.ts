import type { FreshContext } from "$fresh/server.ts";
import { getCookies } from "$std/http/cookie.ts";
import { API_ROOT, APIClient, getCurrentUser } from "../utils/api.ts";
import type { FullUser } from "../utils/api_types.ts";

export interface State {
  api: APIClient;
  userPromise: Promise<FullUser | null>;
  sudo: boolean;
  span: { name: string; start: number };
}

const SECURITY_HEADERS: Record<string, string> = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
};

export async function handler(req: Request, ctx: FreshContext<State>) {
  if (ctx.destination !== "route") return ctx.next();

  const cookies = getCookies(req.headers);
  const token = cookies["token"] ?? null;
  ctx.state.api = new APIClient(API_ROOT, token);
  ctx.state.sudo = cookies["sudo"] === "1";
  ctx.state.span = { name: new URL(req.url).pathname, start: performance.now() };
  ctx.state.userPromise = token
    ? getCurrentUser(ctx.state.api).then((res) => (res.ok ? res.data : null))
    : Promise.resolve(null);

  const resp = await ctx.next();
  for (const [key, value] of Object.entries(SECURITY_HEADERS)) {
    if (!resp.headers.has(key)) resp.headers.set(key, value);
  }
  resp.headers.set("server-timing", `render;dur=${Math.round(performance.now() - ctx.state.span.start)}`);
  return resp;
}
