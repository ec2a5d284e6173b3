import { OpenAPIHono } from "@hono/zod-openapi";

export type HonoEnv = { Variables: { workspaceId: string; requestId: string } };
export type App = OpenAPIHono<HonoEnv>;

export function newApp(): App {
  const app = new OpenAPIHono<HonoEnv>();
  app.use("*", async (c, next) => {
    c.set("requestId", crypto.randomUUID());
    await next();
  });
  return app;
}
