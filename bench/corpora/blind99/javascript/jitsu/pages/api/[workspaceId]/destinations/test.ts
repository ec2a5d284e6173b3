import { z } from "zod";
import { createRoute } from "../../../../lib/api";
import { testWebhookDestination } from "../../../../lib/server/destinations";

export default createRoute()
  .POST({
    auth: true,
    query: z.object({ workspaceId: z.string() }),
    body: z.object({ destinationType: z.string(), credentials: z.object({ url: z.string().url(), method: z.string().optional(), headers: z.array(z.string()).optional() }) }),
  })
  .handler(async ({ body }) => {
    if (body.destinationType !== "webhook") return { ok: false, error: "only webhook can be tested here" };
    return testWebhookDestination(body.credentials);
  })
  .toNextApiHandler();
