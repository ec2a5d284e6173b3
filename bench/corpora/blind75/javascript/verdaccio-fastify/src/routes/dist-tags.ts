import { FastifyInstance, FastifyRequest } from 'fastify';

import { pingUplink } from '../lib/uplink';
import { logger } from '../lib/logger';

type TagBody = { tag?: string; version?: string };

export default async function distTagRoutes(fastify: FastifyInstance) {
  fastify.get('/:packageName/dist-tags', async (request: FastifyRequest<{ Params: { packageName: string } }>) => {
    const manifest = (await fastify.storage.readPackage(request.params.packageName)) ?? {};
    return (manifest as { 'dist-tags'?: Record<string, string> })['dist-tags'] ?? {};
  });

  fastify.put(
    '/:packageName/dist-tags/:tag',
    async (request: FastifyRequest<{ Params: { packageName: string; tag: string }; Body: TagBody }>, reply) => {
      const { tag } = request.params;
      let version = request.body.version;
      if (!version) version = 'latest';
      logger.info({ tag, version }, 'dist-tag set');
      return reply.code(201).send({ ok: `tag ${tag} set` });
    },
  );

  fastify.post(
    '/uplinks/check',
    async (request: FastifyRequest<{ Body: { name?: string; url?: string } }>, reply) => {
      if (!request.userRemote.groups.includes('$admin')) {
        return reply.code(403).send({ error: 'forbidden' });
      }
      const { name, url } = request.body;
      if (name) {
        const uplink = fastify.uplinks.get(name);
        if (!uplink) return reply.code(404).send({ error: 'unknown uplink' });
        const meta = await uplink.getRemoteMetadata('npm');
        return { name, reachable: meta !== null };
      }
      const candidate = url ?? '';
      const reachable = await pingUplink(candidate);
      return { url: candidate, reachable };
    },
  );
}
