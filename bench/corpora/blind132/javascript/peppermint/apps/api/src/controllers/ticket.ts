import { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import ticketService from "../lib/services/ticket";
import { notifyWebhooks } from "../lib/notifications/webhook";

export function ticketRoutes(fastify: FastifyInstance) {
  fastify.get(
    "/api/v1/tickets/search",
    async (request: FastifyRequest, reply: FastifyReply) => {
      const { query = "", status = "open", exact } = request.query as any;
      const tickets = exact === "true"
        ? await ticketService.findByTitle(String(query))
        : await ticketService.search(String(query), status);
      reply.send({ success: true, tickets });
    }
  );

  fastify.post(
    "/api/v1/ticket/create",
    async (request: FastifyRequest, reply: FastifyReply) => {
      const { title, detail, email, priority = "low" } = request.body as any;
      const ticket = await ticketService.create({ title, detail, email, priority });
      await notifyWebhooks("ticket_created", { id: ticket.id, title: ticket.title });
      reply.status(200).send({ success: true, id: ticket.id });
    }
  );
}
