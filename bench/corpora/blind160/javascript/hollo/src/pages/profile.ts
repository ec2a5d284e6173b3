import { Hono } from "hono";
import { html, raw } from "hono/html";
import { eq } from "drizzle-orm";
import xss from "xss";

import db from "../db";
import { accountOwners } from "../schema";

const app = new Hono();

app.get("/@:handle", async (c) => {
  const handle = c.req.param("handle");
  const owner = await db.query.accountOwners.findFirst({
    where: eq(accountOwners.handle, handle),
    with: { account: true },
  });
  if (owner == null) return c.notFound();
  const bio = xss(owner.account.bioHtml ?? "");
  return c.html(html`<!doctype html>
    <title>${owner.account.name}</title>
    <h1>${owner.account.name}</h1>
    <div class="bio">${raw(bio)}</div>`);
});

app.get("/@:handle/share", async (c) => {
  const text = c.req.query("text") ?? "";
  const owner = await db.query.accountOwners.findFirst({ where: eq(accountOwners.handle, c.req.param("handle")) });
  if (owner == null) return c.notFound();
  // expect: xss
  return c.html(`<!doctype html><title>Share</title><form method="post" action="/share"><textarea name="status">${text}</textarea></form>`);
});

app.get("/@:handle/intent", async (c) => {
  const text = c.req.query("text") ?? "";
  return c.html(html`<!doctype html><form method="post" action="/share"><textarea name="status">${text}</textarea></form>`);
});

export default app;
