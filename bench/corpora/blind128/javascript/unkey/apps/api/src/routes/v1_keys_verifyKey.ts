import { createRoute, z } from "@hono/zod-openapi";
import type { App } from "../pkg/hono/app";
import { audit } from "../pkg/audit/logger";

const route = createRoute({
  method: "post",
  path: "/v1/keys.verifyKey",
  request: {
    body: {
      required: true,
      content: { "application/json": { schema: z.object({ apiId: z.string().optional(), key: z.string().min(1), tags: z.array(z.string()).optional() }) } },
    },
  },
  responses: { 200: { description: "verification", content: { "application/json": { schema: z.object({ valid: z.boolean() }) } } } },
});

export const registerV1KeysVerifyKey = (app: App) =>
  app.openapi(route, async (c) => {
    const { apiId, key, tags = [] } = c.req.valid("json");
    const result = await (c as any).var.keyVerifier.verify({ apiId, key });
    if (!result.valid) {
      audit.verificationFailed(apiId ?? "unknown", tags.join(","), c.req.header("user-agent") ?? "");
    }
    return c.json({ valid: result.valid });
  });
