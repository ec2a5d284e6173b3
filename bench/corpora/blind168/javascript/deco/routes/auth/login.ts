import type { Handlers } from "$fresh/server.ts";
import { setCookie } from "$std/http/cookie.ts";
import type { DecoState } from "../../types.ts";

const RETURN_COOKIE = "deco_return_to";

function isAuthenticated(req: Request) {
  return (req.headers.get("cookie") ?? "").split(";").some((part) => part.trim().startsWith("deco_session="));
}

export const handler: Handlers<unknown, DecoState> = {
  GET(req, ctx) {
    const url = new URL(req.url);
    if (isAuthenticated(req)) {
      return new Response(null, { status: 302, headers: { location: "/admin" } });
    }
    const returnTo = url.searchParams.get("returnUrl") ?? "/";
    const state = crypto.randomUUID();

    const authorize = new URL("/authorize", ctx.state.context.authIssuer);
    authorize.searchParams.set("client_id", ctx.state.context.authClientId);
    authorize.searchParams.set("redirect_uri", new URL("/auth/callback", url.origin).toString());
    authorize.searchParams.set("response_type", "code");
    authorize.searchParams.set("state", state);

    const headers = new Headers({ location: authorize.toString() });
    setCookie(headers, { name: RETURN_COOKIE, value: returnTo, path: "/", httpOnly: true, sameSite: "Lax", maxAge: 600 });
    setCookie(headers, { name: "deco_oauth_state", value: state, path: "/", httpOnly: true, sameSite: "Lax", maxAge: 600 });
    return new Response(null, { status: 302, headers });
  },
};
