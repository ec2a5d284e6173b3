// The "About" text shown on a user's public profile page.
import type { Handlers } from "$fresh/server.ts";
import { updateUserAbout } from "@/utils/db.ts";
import { assertSignedIn, type State } from "@/routes/_middleware.ts";
import { BadRequestError, redirect } from "@/utils/http.ts";

const MAX_ABOUT = 4000;

export const handler: Handlers<undefined, State> = {
  GET(_req, ctx) {
    assertSignedIn(ctx);
    const { about = "", aboutFormat = "markdown" } = ctx.state.sessionUser;
    return Response.json({ about, format: aboutFormat });
  },

  async POST(req, ctx) {
    assertSignedIn(ctx);
    const form = await req.formData();
    const about = form.get("about");
    const format = form.get("format") === "html" ? "html" : "markdown";

    if (typeof about !== "string" || about.length > MAX_ABOUT) {
      throw new BadRequestError(`About must be at most ${MAX_ABOUT} characters`);
    }
    await updateUserAbout(ctx.state.sessionUser, about, format);
    return redirect(`/users/${encodeURIComponent(ctx.state.sessionUser.login)}`);
  },

  async DELETE(_req, ctx) {
    assertSignedIn(ctx);
    await updateUserAbout(ctx.state.sessionUser, "", "markdown");
    return new Response(null, { status: 204 });
  },
};
