import { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import { validateName } from '../storage/local-storage';
import { auditLine, auditStructured, logger } from '../lib/logger';

interface TarballParams {
  packageName: string;
  filename: string;
}

interface ScopedTarballParams extends TarballParams {
  scope: string;
}

export default async function packageRoutes(fastify: FastifyInstance) {
  fastify.get('/:packageName', async (request: FastifyRequest<{ Params: { packageName: string } }>, reply) => {
    const { packageName } = request.params;
    const local = await fastify.storage.readPackage(packageName);
    if (local) {
      return reply.send(local);
    }
    for (const uplink of fastify.uplinks.values()) {
      const remote = await uplink.getRemoteMetadata(packageName);
      if (remote) return reply.send(remote);
    }
    return reply.code(404).send({ error: 'no such package available' });
  });

  fastify.get(
    '/:packageName/-/:filename',
    async (request: FastifyRequest<{ Params: TarballParams }>, reply: FastifyReply) => {
      const { packageName, filename } = request.params;
      auditLine('download', `${packageName} region=${request.clientRegion}`);
      const stream = fastify.storage.getTarball(packageName, filename);
      stream.on('error', () => reply.code(404).send({ error: 'not found' }));
      reply.header('content-type', 'application/octet-stream');
      return reply.send(stream);
    },
  );

  fastify.get(
    '/@:scope/:packageName/-/:filename',
    async (request: FastifyRequest<{ Params: ScopedTarballParams }>, reply: FastifyReply) => {
      const { scope, packageName, filename } = request.params;
      const fullName = `@${scope}/${packageName}`;
      auditStructured('download', { pkg: fullName, region: request.clientRegion });
      const stream = fastify.storage.getTarballChecked(fullName, filename);
      if (!stream) {
        return reply.code(400).send({ error: 'invalid tarball name' });
      }
      return reply.type('application/octet-stream').send(stream);
    },
  );

  fastify.delete(
    '/:packageName/-/:filename/-rev/:revision',
    async (request: FastifyRequest<{ Params: TarballParams & { revision: string } }>, reply) => {
      if (!request.userRemote.name) {
        return reply.code(401).send({ error: 'authorization required' });
      }
      const { packageName, filename } = request.params;
      const version = filename.replace(/\.tgz$/, '');
      await fastify.storage.removeVersionFile(packageName, version);
      logger.info({ user: request.userRemote.name, packageName }, 'tarball removed');
      return reply.code(201).send({ ok: 'tarball removed' });
    },
  );

  fastify.put(
    '/:packageName/readme',
    async (request: FastifyRequest<{ Params: { packageName: string }; Body: { readme?: string } }>, reply) => {
      const { packageName } = request.params;
      if (!validateName(packageName)) {
        return reply.code(400).send({ error: 'bad package name' });
      }
      await fastify.storage.writeReadme(packageName, request.body.readme ?? '');
      return reply.code(201).send({ ok: 'readme updated' });
    },
  );
}
