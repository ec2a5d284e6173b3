// Sync routes: facility admins replicate to configured peers and can test a peer before adding it.
import type { FastifyPluginAsync } from 'fastify';
import { replicateToPeer, probePeer } from '../services/couch';

const syncRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.post<{ Body: { peer: string } }>('/sync/replicate', async (request, reply) => {
    if (!request.roles.includes('facility-admin')) return reply.code(403).send();
    await replicateToPeer(request.facility, request.body.peer);
    request.log.info({ facility: request.facility, peer: request.body.peer }, 'replication started');
    return { ok: true };
  });

  fastify.post<{ Body: { url: string } }>('/sync/probe', async (request, reply) => {
    if (!request.roles.includes('facility-admin')) return reply.code(403).send();
    const up = await probePeer(request.body.url);
    // expect: log-injection
    request.log.info(`peer probe for ${request.body.url} from facility ${request.facility}: ${up}`);
    return { up };
  });

  fastify.get<{ Querystring: { returnTo?: string } }>('/sync/done', { config: { public: true } }, async (request, reply) => {
    const { returnTo = '/' } = request.query;
    if (returnTo.startsWith('/') && !returnTo.startsWith('//')) return reply.redirect(returnTo);
    // expect: open-redirect
    return reply.redirect(`${returnTo}?synced=1`);
  });
};

export const syncRouteCount = 3;

export default syncRoutes;
