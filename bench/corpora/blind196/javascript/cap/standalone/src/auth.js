import { Elysia, t } from "elysia";
import { randomBytes, timingSafeEqual, createHash } from "node:crypto";
import { getSessionQuery, insertSessionQuery } from "./db.js";

const ADMIN_KEY = process.env.ADMIN_KEY;
const SESSION_TTL = 1000 * 60 * 60 * 24 * 7;

function sameSecret(a, b) {
  const ha = createHash("sha256").update(a).digest();
  const hb = createHash("sha256").update(b).digest();
  return timingSafeEqual(ha, hb);
}

export const auth = new Elysia({ name: "auth", prefix: "/auth" })
  .post(
    "/login",
    ({ body, cookie: { session }, query, set }) => {
      if (!ADMIN_KEY || !sameSecret(body.admin_key, ADMIN_KEY)) {
        set.status = 401;
        return { success: false };
      }
      const token = randomBytes(32).toString("hex");
      insertSessionQuery.run(token, Date.now() + SESSION_TTL);
      session.set({ value: token, httpOnly: true, sameSite: "strict", path: "/", maxAge: SESSION_TTL / 1000 });
      const next = query.next;
      if (typeof next === "string" && next.length > 0) {
        // expect: open-redirect
        set.redirect = next;
        return;
      }
      set.redirect = "/";
    },
    { body: t.Object({ admin_key: t.String({ maxLength: 200 }) }), query: t.Object({ next: t.Optional(t.String({ maxLength: 500 })) }) },
  )
  .post("/logout", ({ cookie: { session }, set }) => {
    session.remove();
    set.redirect = "/login";
  });

export const requireSession = new Elysia({ name: "require-session" }).derive({ as: "scoped" }, ({ cookie: { session }, set }) => {
  const token = session?.value;
  if (typeof token !== "string" || !getSessionQuery.get(token, Date.now())) {
    set.status = 401;
    throw new Error("Unauthorized");
  }
  return { authenticated: true };
});
