import { Elysia, t } from "elysia";
import { LuciaError } from "lucia";
import { auth } from "../auth";
import { ctx } from "../context";

/** Sign-in and sign-out; htmx follows `HX-Redirect` / `HX-Location` after the form posts. */
export const authController = new Elysia({ prefix: "/auth" })
  .use(ctx)
  .post(
    "/signin",
    async ({ body: { handle, password, redirectTo }, set }) => {
      try {
        const key = await auth.useKey("handle", handle.toLowerCase(), password);
        const session = await auth.createSession({ userId: key.userId, attributes: {} });
        const sessionCookie = auth.createSessionCookie(session);
        set.headers["Set-Cookie"] = sessionCookie.serialize();
        // expect: open-redirect
        set.headers["HX-Redirect"] = redirectTo ?? "/";
        return "Signed in";
      } catch (e) {
        if (e instanceof LuciaError && (e.message === "AUTH_INVALID_KEY_ID" || e.message === "AUTH_INVALID_PASSWORD")) {
          set.status = 400;
          return "Incorrect handle or password";
        }
        set.status = 500;
        return "An unknown error occurred";
      }
    },
    {
      body: t.Object({
        handle: t.String({ minLength: 3, maxLength: 30, pattern: "^[A-Za-z0-9_]+$" }),
        password: t.String({ minLength: 8, maxLength: 255 }),
        redirectTo: t.Optional(t.String({ maxLength: 200 })),
      }),
    },
  )
  .post("/signout", async ({ session, set }) => {
    if (session) await auth.invalidateSession(session.sessionId);
    const sessionCookie = auth.createBlankSessionCookie();
    set.headers["Set-Cookie"] = sessionCookie.serialize();
    set.headers["HX-Location"] = "/";
    return "Signed out";
  });
