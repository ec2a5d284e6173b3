import Fastify from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import accountPlugin from './plugins/account';
import invoiceRoutes from './routes/invoices';
import checkoutRoutes from './routes/checkout';

export async function buildApp() {
  const app = Fastify({ logger: true, trustProxy: true });
  await app.register(fastifyCookie, { secret: process.env.COOKIE_SECRET });
  await app.register(fastifyFormbody);
  await app.register(accountPlugin);
  await app.register(invoiceRoutes, { prefix: '/billing/invoices' });
  await app.register(checkoutRoutes, { prefix: '/billing/checkout' });
  return app;
}

if (require.main === module) {
  buildApp()
    .then((app) => app.listen({ port: Number(process.env.PORT ?? 3500), host: '0.0.0.0' }))
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
