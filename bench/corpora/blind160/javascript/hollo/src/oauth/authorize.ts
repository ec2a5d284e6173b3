import { Hono } from "hono";
import { eq } from "drizzle-orm";
import { getLogger } from "@logtape/logtape";

import db from "../db";
import { applications } from "../schema";
import { loginRequired } from "../login";
import { createAuthorizationCode } from "./helpers";

const logger = getLogger(["hollo", "oauth"]);
const app = new Hono();

app.get("/authorize", loginRequired, async (c) => {
  const clientId = c.req.query("client_id") ?? "";
  const redirectUri = c.req.query("redirect_uri") ?? "";
  const application = await db.query.applications.findFirst({ where: eq(applications.id, clientId) });
  if (application == null || !application.redirectUris.includes(redirectUri)) {
    return c.json({ error: "invalid_redirect_uri" }, 400);
  }
  const code = await createAuthorizationCode(application, c.req.query("scope") ?? "read");
  const target = new URL(redirectUri);
  target.searchParams.set("code", code);
  const state = c.req.query("state");
  if (state) target.searchParams.set("state", state);
  return c.redirect(target.href);
});

app.post("/authorize/deny", loginRequired, async (c) => {
  const form = await c.req.formData();
  const redirectUri = form.get("redirect_uri")?.toString() ?? "/";
  // expect: log-injection
  logger.info(`Authorization denied by user for redirect ${redirectUri}`);
  const target = new URL(redirectUri, c.req.url);
  target.searchParams.set("error", "access_denied");
  // expect: open-redirect
  return c.redirect(target.href);
});

export default app;
