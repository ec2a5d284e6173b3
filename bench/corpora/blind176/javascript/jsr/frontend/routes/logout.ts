import type { Handlers } from "$fresh/server.ts";
import { deleteCookie } from "$std/http/cookie.ts";
import type { State } from "./_middleware.ts";

/** A path on this site, or "/" when the value could leave it. */
function localRedirect(value: string | null): string {
  if (!value) return "/";
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  try {
    const parsed = new URL(value, "http://jsr.local");
    return parsed.host === "jsr.local" ? parsed.pathname + parsed.search : "/";
  } catch {
    return "/";
  }
}

export const handler: Handlers<unknown, State> = {
  async GET(req, ctx) {
    const url = new URL(req.url);
    const redirect = localRedirect(url.searchParams.get("redirect"));

    const user = await ctx.state.userPromise;
    if (user) {
      await ctx.state.api.get("/logout").catch(() => undefined);
    }

    const headers = new Headers({ location: redirect });
    deleteCookie(headers, "token", { path: "/" });
    deleteCookie(headers, "sudo", { path: "/" });
    return new Response(null, { status: 303, headers });
  },
};
