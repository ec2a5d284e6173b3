import { Hono } from "hono";
import { html, raw } from "hono/html";

export const statusPage = new Hono();

statusPage.get("/:slug/badge", (c) => {
  const slug = c.req.param("slug");
  const theme = c.req.query("theme") === "dark" ? "dark" : "light";
  return c.html(html`<div class="badge ${theme}"><span>${slug}</span></div>`);
});

statusPage.get("/:slug/embed", (c) => {
  const slug = c.req.param("slug");
  const label = c.req.query("label") || slug;
  // expect: xss
  return c.html(`<div class="embed"><h3>${label}</h3><iframe src="/status/${encodeURIComponent(slug)}"></iframe></div>`);
});

statusPage.get("/:slug/unsubscribe", (c) => {
  const back = c.req.query("return");
  if (back && back.startsWith("/") && !back.startsWith("//")) {
    return c.redirect(back);
  }
  return c.redirect(`/status/${encodeURIComponent(c.req.param("slug"))}`);
});

statusPage.get("/:slug/go", (c) => {
  const target = c.req.query("to") ?? `/status/${c.req.param("slug")}`;
  // expect: open-redirect
  return c.redirect(target);
});

statusPage.get("/:slug/legacy", (c) => c.html(raw(`<p>Moved</p>`)));
