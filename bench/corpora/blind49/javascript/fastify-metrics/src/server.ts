import Fastify, { FastifyInstance } from 'fastify';
import fastifyPostgres from '@fastify/postgres';
import fastifyCookie from '@fastify/cookie';
import reportRoutes from './routes/reports';
import exportRoutes from './routes/exports';
import { config } from './lib/config';

export function buildServer(): FastifyInstance {
  const app = Fastify({ logger: { level: config.logLevel }, trustProxy: true });

  app.register(fastifyCookie);
  app.register(fastifyPostgres, { connectionString: config.databaseUrl });

  app.addHook('onRequest', async (request) => {
    request.log.debug({ url: request.url }, 'incoming');
  });

  app.decorateRequest('workspace', '');
  app.addHook('preHandler', async (request) => {
    const header = request.headers['x-workspace'];
    (request as any).workspace = Array.isArray(header) ? header[0] : header ?? 'default';
  });

  app.register(reportRoutes, { prefix: '/reports' });
  app.register(exportRoutes, { prefix: '/exports' });

  app.get('/healthz', async () => ({ ok: true }));
  return app;
}

if (require.main === module) {
  const app = buildServer();
  app.listen({ port: config.port, host: config.host }).catch((err) => {
    app.log.error(err);
    process.exit(1);
  });
}
