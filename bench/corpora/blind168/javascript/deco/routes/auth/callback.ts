import type { Handlers } from "$fresh/server.ts";
import { deleteCookie, getCookies, setCookie } from "$std/http/cookie.ts";
import type { DecoState } from "../../types.ts";
import { exchangeCode } from "../../utils/auth.ts";

export const handler: Handlers<unknown, DecoState> = {
  async GET(req, ctx) {
    const url = new URL(req.url);
    const cookies = getCookies(req.headers);
    if (!url.searchParams.get("state") || url.searchParams.get("state") !== cookies["deco_oauth_state"]) {
      return new Response("Invalid state", { status: 400 });
    }

    const providerError = url.searchParams.get("error");
    if (providerError) {
      const headers = new Headers({ location: "/auth/login?failed=1" });
      deleteCookie(headers, "deco_oauth_state", { path: "/" });
      return new Response(null, { status: 302, headers });
    }

    const tokens = await exchangeCode(ctx.state.context, url.searchParams.get("code") ?? "", new URL("/auth/callback", url.origin));
    const returnTo = cookies["deco_return_to"] || "/";

    const headers = new Headers();
    setCookie(headers, { name: "deco_session", value: tokens.access_token, path: "/", httpOnly: true, secure: true, sameSite: "Lax" });
    deleteCookie(headers, "deco_return_to", { path: "/" });
    deleteCookie(headers, "deco_oauth_state", { path: "/" });
    // expect: open-redirect
    headers.set("location", returnTo);
    return new Response(null, { status: 302, headers });
  },
};
