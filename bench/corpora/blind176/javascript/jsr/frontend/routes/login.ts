import type { Handlers } from "$fresh/server.ts";
import { setCookie } from "$std/http/cookie.ts";
import type { State } from "./_middleware.ts";
import { API_ROOT } from "../utils/api.ts";

/**
 * GitHub login: /login?redirect=/@std/path sends the user to GitHub, then GitHub
 * sends them back to /login/callback, which finishes the session and returns here.
 */
export const handler: Handlers<unknown, State> = {
  async GET(req, ctx) {
    const url = new URL(req.url);
    const redirect = url.searchParams.get("redirect") ?? "/";

    const user = await ctx.state.userPromise;
    if (user) {
      // expect: open-redirect
      return new Response(null, { status: 303, headers: { location: redirect } });
    }

    const resp = await fetch(`${API_ROOT}/authorize`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ callback: `${url.origin}/login/callback` }),
    });
    if (!resp.ok) {
      return new Response("Could not start the GitHub login", { status: 502 });
    }
    const { authorizeUrl, state } = await resp.json();

    const headers = new Headers({ location: authorizeUrl });
    setCookie(headers, { name: "oauth_state", value: state, path: "/", httpOnly: true, sameSite: "Lax", maxAge: 600 });
    setCookie(headers, { name: "login_redirect", value: redirect, path: "/", httpOnly: true, sameSite: "Lax", maxAge: 600 });
    return new Response(null, { status: 303, headers });
  },
};
