import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Registry } from '../../api/src/create';

export const graphqlHandler = ({ registry }: { registry: Registry }) =>
  async function (req: FastifyRequest, reply: FastifyReply) {
    const clientName = String(req.headers['graphql-client-name'] ?? 'unknown');
    // expect: log-injection
    req.log.info(`GraphQL request from client ${clientName} (${req.headers['user-agent']})`);
    const context = { req, reply, headers: req.headers, clientName };
    const result = await registry.execute(req.body as { query: string; variables?: Record<string, unknown> }, context);
    return reply.send(result);
  };
