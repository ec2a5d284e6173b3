import type { Handlers } from "$fresh/server.ts";
import { deleteCookie } from "$std/http/cookie.ts";

function sameOriginPath(candidate: string | null, origin: string) {
  if (!candidate) return "/";
  try {
    const target = new URL(candidate, origin);
    return target.origin === origin ? `${target.pathname}${target.search}` : "/";
  } catch {
    return "/";
  }
}

function clearSession(headers: Headers) {
  deleteCookie(headers, "deco_session", { path: "/" });
  deleteCookie(headers, "deco_return_to", { path: "/" });
  headers.set("cache-control", "no-store");
}

export const handler: Handlers = {
  GET(req) {
    const url = new URL(req.url);
    const headers = new Headers();
    clearSession(headers);
    headers.set("location", sameOriginPath(url.searchParams.get("returnUrl"), url.origin));
    return new Response(null, { status: 302, headers });
  },
  POST(req) {
    const url = new URL(req.url);
    const headers = new Headers({ "content-type": "application/json" });
    clearSession(headers);
    return new Response(JSON.stringify({ ok: true, redirect: sameOriginPath(url.searchParams.get("returnUrl"), url.origin) }), { headers });
  },
};
