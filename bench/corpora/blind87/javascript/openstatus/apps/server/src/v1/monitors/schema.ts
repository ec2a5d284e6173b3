import { z } from "@hono/zod-openapi";

export const ParamsSchema = z.object({ id: z.string().openapi({ example: "1" }) });

export const SummaryQuerySchema = z.object({
  period: z.string().default("1d"),
  region: z.string().optional(),
});

export const MonitorPreviewSchema = z.object({
  url: z.string().url(),
  method: z.enum(["GET", "POST", "HEAD"]).default("GET"),
  headers: z.array(z.object({ key: z.string(), value: z.string() })).default([]),
});
