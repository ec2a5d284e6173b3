// fastify-svc/src/server.ts: the Fastify app (postgres plugin, views, routes)
import Fastify from 'fastify';
import fastifyPostgres from '@fastify/postgres';
import fastifyView from '@fastify/view';
import fastifyHelmet from '@fastify/helmet';
import handlebars from 'handlebars';
import path from 'node:path';
import reportRoutes from './routes/reports';
import fileRoutes from './routes/files';

const app = Fastify({ logger: { level: process.env.LOG_LEVEL ?? 'info' }, bodyLimit: 1_048_576, trustProxy: 1 });

app.register(fastifyHelmet);
app.register(fastifyPostgres, { connectionString: process.env.DATABASE_URL });
app.register(fastifyView, { engine: { handlebars }, root: path.join(__dirname, 'views') });

app.addHook('onRequest', async (request, reply) => {
  if (!request.headers.authorization) {
    return reply.code(401).send({ error: 'missing credentials' });
  }
});

app.addHook('onSend', async (_request, reply, payload) => {
  reply.header('Cache-Control', 'no-store');
  return payload;
});

app.addHook('onClose', async () => {
  app.log.info('shutting down');
});

app.register(reportRoutes);
app.register(fileRoutes);

app.get('/healthz', async () => ({ ok: true }));

app.setErrorHandler((error, request, reply) => {
  request.log.error(error);
  reply.code(error.statusCode ?? 500).send({ error: error.statusCode ? error.message : 'internal error' });
});

app.listen({ port: Number(process.env.PORT ?? 3002), host: process.env.HOST ?? '127.0.0.1' }).catch((err) => {
  app.log.error(err);
  process.exit(1);
});
