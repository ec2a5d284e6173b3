import Fastify from 'fastify';
import tenantPlugin from './plugins/tenant.mjs';
import dbPlugin from './plugins/db.mjs';
import itemsRoutes from './routes/items.mjs';
import reportsRoutes from './routes/reports.mjs';

const app = Fastify({
  logger: { level: process.env.LOG_LEVEL ?? 'info' },
  trustProxy: true,
});

await app.register(dbPlugin, { connectionString: process.env.DATABASE_URL });
await app.register(tenantPlugin);
await app.register(itemsRoutes, { prefix: '/items' });
await app.register(reportsRoutes, { prefix: '/reports' });

app.get('/healthz', async () => ({ ok: true }));

try {
  await app.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' });
} catch (err) {
  app.log.error(err);
  process.exit(1);
}
