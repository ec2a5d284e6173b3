import Fastify, { FastifyInstance } from 'fastify';
import path from 'node:path';

import authPlugin from './plugins/auth';
import storagePlugin from './plugins/storage';
import packageRoutes from './routes/package';
import distTagRoutes from './routes/dist-tags';
import webRoutes from './routes/web';
import { logger } from './lib/logger';

export interface RegistryConfig {
  storage: string;
  uplinks: Record<string, { url: string; timeout?: number }>;
  web: { title: string; enable: boolean };
  secret: string;
}

export async function startServer(config: RegistryConfig): Promise<FastifyInstance> {
  const fastify = Fastify({
    logger: false,
    trustProxy: true,
    bodyLimit: 10 * 1024 * 1024,
  });

  fastify.decorate('configInstance', config);
  await fastify.register(authPlugin, { secret: config.secret });
  await fastify.register(storagePlugin, { root: path.resolve(config.storage), uplinks: config.uplinks });

  await fastify.register(packageRoutes);
  await fastify.register(distTagRoutes, { prefix: '/-/package' });
  if (config.web.enable) {
    await fastify.register(webRoutes, { prefix: '/-/web' });
  }

  fastify.setErrorHandler((err, request, reply) => {
    logger.error({ err: err.message, url: request.routerPath }, 'request failed');
    reply.code(err.statusCode ?? 500).send({ error: 'internal error' });
  });

  const port = Number.parseInt(process.env.PORT ?? '4873', 10);
  await fastify.listen({ port: Number.isNaN(port) ? 4873 : port, host: '0.0.0.0' });
  logger.info({ port }, 'registry listening');
  return fastify;
}
