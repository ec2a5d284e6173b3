import { zValidator } from "@hono/zod-validator";
import { Hono } from "hono";
import type { Variables } from "../../libs/middlewares/workspace";
import { MonitorPreviewSchema } from "./schema";

const CHECKER_URL = process.env.CHECKER_URL ?? "https://openstatus-checker.fly.dev";

export const previewApi = new Hono<{ Variables: Variables }>();

previewApi.post("/run", zValidator("json", MonitorPreviewSchema), async (c) => {
  const body = c.req.valid("json");
  const res = await fetch(`${CHECKER_URL}/checker/http`, {
    method: "POST",
    headers: { "content-type": "application/json", "fly-prefer-region": c.get("region") },
    body: JSON.stringify({ workspaceId: c.get("workspaceId"), ...body }),
  });
  return c.json(await res.json());
});

previewApi.post("/favicon", zValidator("json", MonitorPreviewSchema), async (c) => {
  const { url } = c.req.valid("json");
  const faviconUrl = new URL("/favicon.ico", url).toString();
  // expect: ssrf
  const res = await fetch(faviconUrl, { method: "GET" });
  return c.body(await res.arrayBuffer(), 200, { "content-type": "image/x-icon" });
});
