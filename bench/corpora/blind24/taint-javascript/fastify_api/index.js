const fastify = require('fastify')({ logger: true });
const handlers = require('./handlers');

fastify.register(require('@fastify/postgres'), { connectionString: process.env.DATABASE_URL });
fastify.register(require('@fastify/cors'), { origin: ['https://dash.example.com'] });

fastify.get('/metrics', handlers.queryMetric);
fastify.get('/metrics-safe', handlers.queryMetricSafe);
fastify.post('/diag/traceroute', handlers.traceroute);
fastify.post('/diag/probe', handlers.probe);
fastify.get('/banner', handlers.banner);
fastify.get('/banner-safe', handlers.bannerSafe);

fastify.get('/redirect', async (req, reply) => {
  // expect: open-redirect
  return reply.redirect(req.query.to);
});

fastify.listen({ port: Number(process.env.PORT || 3000), host: process.env.HOST || '127.0.0.1' });
