import { createRoute, z } from "@hono/zod-openapi";
import type { App } from "../pkg/hono/app";
import { keyService } from "../pkg/keys/service";

const route = createRoute({
  method: "get",
  path: "/v1/apis.listKeys",
  request: {
    query: z.object({
      apiId: z.string().min(1),
      ownerId: z.string().optional(),
      limit: z.coerce.number().int().min(1).max(100).default(100),
      exactOwner: z.enum(["true", "false"]).default("true"),
    }),
  },
  responses: { 200: { description: "keys", content: { "application/json": { schema: z.object({ keys: z.array(z.any()) }) } } } },
});

export const registerV1KeysListKeys = (app: App) =>
  app.openapi(route, async (c) => {
    const { apiId, ownerId, limit, exactOwner } = c.req.valid("query");
    const workspaceId = c.get("workspaceId");
    const keys =
      exactOwner === "true" || !ownerId
        ? await keyService.listByOwner(workspaceId, apiId, ownerId ?? null, limit)
        : await keyService.searchByOwnerPrefix(workspaceId, apiId, ownerId, limit);
    return c.json({ keys });
  });
