import { Elysia, t } from "elysia";
import { createHash } from "node:crypto";
import { ctx } from "../context";
import { db } from "../db";
import { users } from "../db/schema";
import { eq } from "drizzle-orm";

const MAX_AVATAR_BYTES = 512 * 1024;

/** Profile pictures: Gravatar by default, or an image the user imports from a link. */
export const avatarController = new Elysia({ prefix: "/avatar" })
  .use(ctx)
  .get("/gravatar/:email", ({ params, set }) => {
    const hash = createHash("md5").update(params.email.trim().toLowerCase()).digest("hex");
    set.redirect = `https://www.gravatar.com/avatar/${hash}?s=96&d=identicon`;
  })
  .post(
    "/import",
    async ({ body, session, set }) => {
      if (!session) {
        set.status = 401;
        return "Sign in first";
      }
      // expect: ssrf
      const res = await fetch(body.url, { redirect: "follow" });
      const type = res.headers.get("content-type") ?? "";
      if (!res.ok || !type.startsWith("image/")) {
        set.status = 400;
        return `Could not import (${res.status} ${type})`;
      }
      const bytes = new Uint8Array(await res.arrayBuffer());
      if (bytes.byteLength > MAX_AVATAR_BYTES) {
        set.status = 413;
        return "Image too large";
      }
      const dataUrl = `data:${type};base64,${Buffer.from(bytes).toString("base64")}`;
      await db.update(users).set({ avatar: dataUrl }).where(eq(users.id, session.user.id));
      return "Imported";
    },
    { body: t.Object({ url: t.String({ format: "uri", maxLength: 500 }) }) },
  );
