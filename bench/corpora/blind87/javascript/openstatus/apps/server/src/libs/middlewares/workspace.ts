import type { Context, Next } from "hono";
import { HTTPException } from "hono/http-exception";

export type Variables = { workspaceId: string; region: string; requestId: string };

export async function secureMiddleware(c: Context<{ Variables: Variables }>, next: Next) {
  const key = c.req.header("x-openstatus-key");
  if (!key) {
    throw new HTTPException(401, { message: "Unauthorized" });
  }
  const workspaceId = key.split("_")[1];
  c.set("workspaceId", workspaceId);
  c.set("region", c.req.header("x-openstatus-region") ?? "ams");
  c.set("requestId", c.req.header("x-request-id") ?? crypto.randomUUID());
  await next();
}
