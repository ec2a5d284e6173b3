import { Hono } from "hono";
import type { HonoEnv } from "../pkg/hono/app";

const DASHBOARD_URL = "https://app.unkey.com";

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch] as string);

export const portal = new Hono<HonoEnv>();

portal.get("/portal/welcome", (c) => {
  const name = c.req.query("name") ?? "there";
  const workspace = c.req.query("workspace") ?? "";
  // expect: xss
  return c.html(`<!doctype html><h1>Welcome, ${name}</h1><p>Workspace: ${escapeHtml(workspace)}</p>`);
});

portal.get("/portal/return", (c) => {
  const redirectTo = c.req.query("redirect_to") ?? `${DASHBOARD_URL}/apis`;
  // expect: open-redirect
  return c.redirect(redirectTo);
});

portal.get("/portal/back", (c) => {
  const path = c.req.query("path") ?? "/apis";
  const target = /^\/[a-z0-9/_-]*$/i.test(path) ? path : "/apis";
  return c.redirect(`${DASHBOARD_URL}${target}`);
});
