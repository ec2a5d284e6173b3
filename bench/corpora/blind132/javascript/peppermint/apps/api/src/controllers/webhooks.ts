import { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { prisma } from "../prisma";

export function webhookRoutes(fastify: FastifyInstance) {
  fastify.post(
    "/api/v1/webhook/create",
    async (request: FastifyRequest, reply: FastifyReply) => {
      const { name, url, type = "ticket_created", active = true } = request.body as any;
      // stored here, posted to by notifyWebhooks when a ticket is created
      await prisma.webhooks.create({
        data: { name: String(name), url: String(url), type: String(type), active: Boolean(active) },
      });
      reply.status(200).send({ success: true });
    }
  );
}
