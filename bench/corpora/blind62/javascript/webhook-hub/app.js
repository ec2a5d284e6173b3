'use strict';

const Fastify = require('fastify');
const fp = require('fastify-plugin');
const { Pool } = require('pg');
const signaturePlugin = require('./plugins/signature');
const webhookRoutes = require('./routes/webhooks');
const integrationRoutes = require('./routes/integrations');

const dbPlugin = fp(
  async function db(fastify, opts) {
    const pool = new Pool({ connectionString: opts.connectionString, max: 10 });
    fastify.decorate('db', pool);
    fastify.addHook('onClose', async () => pool.end());
  },
  { name: 'db' }
);

function build(opts = {}) {
  const app = Fastify({ logger: { level: process.env.LOG_LEVEL || 'info' }, bodyLimit: 512 * 1024, ...opts });

  app.register(dbPlugin, { connectionString: process.env.DATABASE_URL });
  app.register(signaturePlugin, { secrets: JSON.parse(process.env.WEBHOOK_SECRETS || '{}') });
  app.register(webhookRoutes, { prefix: '/hooks' });
  app.register(integrationRoutes, { prefix: '/integrations' });

  app.get('/health', async () => ({ status: 'ok' }));
  return app;
}

if (require.main === module) {
  build().listen({ port: Number(process.env.PORT || 3000), host: '0.0.0.0' }).catch((err) => {
    console.error(err);
    process.exit(1);
  });
}

module.exports = build;
