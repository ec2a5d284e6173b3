import { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { openUpload, openStoredUpload } from "../lib/storage";
import { prisma } from "../prisma";

export function storageRoutes(fastify: FastifyInstance) {
  fastify.get(
    "/api/v1/storage/ticket/:id/file/:name",
    async (request: FastifyRequest, reply: FastifyReply) => {
      const { id, name } = request.params as { id: string; name: string };
      const file = await prisma.ticketFile.findFirst({ where: { ticketId: String(id), filename: String(name) } });
      if (file) {
        return reply.type(file.mime).send(openStoredUpload(file.path));
      }
      // older uploads were only kept on disk under their original name
      return reply.type("application/octet-stream").send(openUpload(name));
    }
  );
}
