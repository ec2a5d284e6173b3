import { FastifyInstance } from "fastify";
import { countEventsByName, findManyEvents } from "backend-lib/src/userEvents";
import { computePropertiesQueue } from "backend-lib/src/queue";

export default async function eventsController(fastify: FastifyInstance) {
  fastify.get<{ Querystring: { workspaceId: string; searchTerm?: string; limit?: number } }>("/", async (request, reply) => {
    const { workspaceId, searchTerm = "", limit = 50 } = request.query;
    const events = await findManyEvents({ workspaceId, searchTerm, limit: Math.min(Number(limit), 500) });
    return reply.send({ events });
  });

  fastify.get<{ Querystring: { workspaceId: string; eventName: string } }>("/count", async (request, reply) => {
    const { workspaceId, eventName } = request.query;
    return reply.send(await countEventsByName({ workspaceId, eventName }));
  });

  fastify.post<{ Body: { workspaceId: string; segmentId: string; propertyPath?: string } }>("/recompute", async (request, reply) => {
    const { workspaceId, segmentId, propertyPath = "$.plan" } = request.body;
    await computePropertiesQueue.add("recompute", { workspaceId, segmentId, propertyPath });
    return reply.status(202).send();
  });
}
