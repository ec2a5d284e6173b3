import { OpenAPIHono, createRoute } from "@hono/zod-openapi";
import type { Variables } from "../../libs/middlewares/workspace";
import { OSTinybird } from "../../../../../packages/tinybird/src/client";
import { ParamsSchema, SummaryQuerySchema } from "./schema";

const tb = new OSTinybird(process.env.TINY_BIRD_API_KEY ?? "");

const getRoute = createRoute({
  method: "get",
  path: "/:id/summary",
  request: { params: ParamsSchema, query: SummaryQuerySchema },
  responses: { 200: { description: "summary" } },
});

export function registerGetMonitorSummary(api: OpenAPIHono<{ Variables: Variables }>) {
  return api.openapi(getRoute, async (c) => {
    const { id } = c.req.valid("param");
    const { period, region } = c.req.valid("query");
    const metrics = await tb.endpointMetrics(id, period);
    const byRegion = await tb.endpointRegion(id, region ?? c.get("region"));
    return c.json({ metrics, byRegion });
  });
}
