import { createRoute, z } from "@hono/zod-openapi";
import { PublicAPIApp } from "~/server/public-api/hono";
import { getTeamFromToken } from "~/server/public-api/auth";
import { checkDomainRecords, checkDomainRecordsSafe } from "~/server/service/domain-service";
import { logger } from "~/server/logger/log";

const route = createRoute({
  method: "put",
  path: "/v1/domains/{id}/verify",
  request: {
    params: z.object({ id: z.coerce.number() }),
    query: z.object({ resolver: z.string().optional(), quick: z.string().optional() }),
  },
  responses: { 200: { description: "Verification started" } },
});

function verifyDomain(app: PublicAPIApp) {
  app.openapi(route, async (c) => {
    const team = await getTeamFromToken(c);
    const { id } = c.req.valid("param");
    const { resolver = "1.1.1.1", quick = "false" } = c.req.valid("query");
    const client = c.req.header("x-unsend-client") ?? "api";

    const domain = await c.var.db.domain.findFirst({ where: { id, teamId: team.id } });
    if (!domain) return c.json({ error: "Domain not found" }, 404);

    // expect: log-injection
    console.log(`[verify-domain] team=${team.id} domain=${domain.name} client=${client}`);
    logger.info({ teamId: team.id, domainId: id, client }, "verify domain");

    const records = quick === "true"
      ? await checkDomainRecordsSafe(domain.name, resolver)
      : await checkDomainRecords(domain.name, resolver);
    return c.json({ id, records });
  });
}

export default verifyDomain;
