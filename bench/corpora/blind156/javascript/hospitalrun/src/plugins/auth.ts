// Fastify plugin: verifies the bearer token and decorates the request with the user and the facility.
import fp from 'fastify-plugin';
import jwt from '@fastify/jwt';
import type { FastifyInstance, FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    facility: string;
    roles: string[];
  }
}

// Routes opt out with `config: { public: true }` (health checks, the sync return page).
export default fp(async (fastify: FastifyInstance) => {
  await fastify.register(jwt, { secret: process.env.JWT_SECRET as string });
  fastify.decorateRequest('facility', '');
  fastify.decorateRequest('roles', null);

  fastify.addHook('preHandler', async (request: FastifyRequest, reply) => {
    if (request.routeOptions.config?.public) return;
    try {
      const payload = await request.jwtVerify<{ sub: string; roles: string[]; facility: string }>();
      request.roles = payload.roles ?? [];
      request.facility = (request.headers['x-facility'] as string) || payload.facility;
    } catch (err) {
      request.log.warn({ err: (err as Error).message }, 'token rejected');
      return reply.code(401).send({ error: 'unauthorized' });
    }
  });
});
