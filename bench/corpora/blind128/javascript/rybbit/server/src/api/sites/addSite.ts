import { FastifyReply, FastifyRequest } from "fastify";
import { db } from "../../db/postgres/postgres.js";
import { sites } from "../../db/postgres/schema.js";
import { siteIconService } from "../../services/siteIconService.js";
import { logger } from "../../lib/logger.js";

export async function addSite(
  req: FastifyRequest<{ Body: { domain: string; name: string; organizationId: string } }>,
  res: FastifyReply
) {
  const { domain, name, organizationId } = req.body;
  const [site] = await db.insert(sites).values({ domain, name, organizationId, createdBy: (req as any).user.id }).returning();

  siteIconService.schedule(site.siteId);
  logger.siteCreated(name, domain);
  return res.status(201).send(site);
}
