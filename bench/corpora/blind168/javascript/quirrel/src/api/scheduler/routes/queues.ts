import type { FastifyPluginCallback } from "fastify";
import { JobsRepo } from "../jobs-repo";
import { Dispatcher } from "../dispatcher";

const endpointParams = {
  type: "object",
  required: ["endpoint"],
  properties: { endpoint: { type: "string", minLength: 1, maxLength: 2048 } },
} as const;

const jobParams = {
  type: "object",
  required: ["endpoint", "id"],
  properties: { endpoint: { type: "string", maxLength: 2048 }, id: { type: "string", pattern: "^[A-Za-z0-9_-]{1,64}$" } },
} as const;

const enqueueBody = {
  type: "object",
  properties: {
    body: { type: "string", maxLength: 1_000_000 },
    runAt: { type: "string", format: "date-time" },
    delay: { type: "integer", minimum: 0 },
    id: { type: "string", pattern: "^[A-Za-z0-9_-]{1,64}$" },
    retry: { type: "array", items: { type: "integer", minimum: 0 }, maxItems: 10 },
    exclusive: { type: "boolean" },
  },
  additionalProperties: false,
} as const;

const queues: FastifyPluginCallback = (fastify, _opts, done) => {
  const jobsRepo = new JobsRepo(fastify.redis);
  const dispatcher = new Dispatcher(fastify.redis, fastify.log);

  fastify.post<{ Params: { endpoint: string }; Body: any }>(
    "/:endpoint",
    { schema: { params: endpointParams, body: enqueueBody } },
    async (request, reply) => {
      const tokenId = request.tokenId;
      const endpoint = decodeURIComponent(request.params.endpoint);
      const job = await jobsRepo.enqueue(tokenId, endpoint, request.body);
      reply.status(201).send(job);
    }
  );

  fastify.post<{ Params: { endpoint: string; id: string } }>(
    "/:endpoint/:id/invoke",
    { schema: { params: jobParams } },
    async (request, reply) => {
      const endpoint = decodeURIComponent(request.params.endpoint);
      const job = await jobsRepo.findById(request.tokenId, endpoint, request.params.id);
      if (!job) return reply.status(404).send({ error: "job not found" });
      const status = await dispatcher.invokeNow(endpoint, job);
      reply.send({ status });
    }
  );

  fastify.patch<{ Params: { endpoint: string; id: string }; Body: { path: string; value: unknown } }>(
    "/:endpoint/:id",
    {
      schema: {
        params: jobParams,
        body: { type: "object", required: ["path", "value"], properties: { path: { type: "string", maxLength: 256 }, value: {} } },
      },
    },
    async (request, reply) => {
      const endpoint = decodeURIComponent(request.params.endpoint);
      const job = await jobsRepo.patch(request.tokenId, endpoint, request.params.id, request.body.path, request.body.value);
      if (!job) return reply.status(404).send({ error: "job not found" });
      reply.send(job);
    }
  );

  fastify.patch<{ Params: { endpoint: string; id: string }; Body: { key: "retry" | "exclusive" | "override"; value: unknown } }>(
    "/:endpoint/:id/meta",
    {
      schema: {
        params: jobParams,
        body: { type: "object", required: ["key", "value"], properties: { key: { type: "string", enum: ["retry", "exclusive", "override"] }, value: {} } },
      },
    },
    async (request, reply) => {
      const endpoint = decodeURIComponent(request.params.endpoint);
      const job = await jobsRepo.setMeta(request.tokenId, endpoint, request.params.id, request.body.key, request.body.value);
      if (!job) return reply.status(404).send({ error: "job not found" });
      reply.send(job);
    }
  );

  done();
};

export default queues;
