import { FastifyInstance } from 'fastify';

const PORTAL_ORIGIN = process.env.PORTAL_ORIGIN ?? 'https://billing.example.com';
const RETURN_PATHS: Record<string, string> = {
  plans: '/billing/plans',
  invoices: '/billing/invoices',
  home: '/',
};

export default async function checkoutRoutes(app: FastifyInstance) {
  app.get<{ Querystring: { success_url?: string } }>('/complete', async (request, reply) => {
    const successUrl = request.query.success_url ?? `${PORTAL_ORIGIN}/billing`;
    request.log.info({ account: request.account?.id }, 'checkout complete');
    // expect: open-redirect
    return reply.redirect(successUrl);
  });

  app.get<{ Querystring: { success_url?: string } }>('/complete/v2', async (request, reply) => {
    const links = { requested: request.query.success_url, fallback: `${PORTAL_ORIGIN}/billing` };
    request.log.info({ requested: links.requested }, 'ignoring requested success url');
    return reply.redirect(links.fallback);
  });

  app.get<{ Querystring: { back?: string } }>('/cancel', async (request, reply) => {
    const key = request.query.back ?? 'plans';
    const target = RETURN_PATHS[key] ?? RETURN_PATHS.home;
    return reply.redirect(`${PORTAL_ORIGIN}${target}`);
  });

  app.post<{ Body: { plan?: string; coupon?: string } }>('/start', async (request, reply) => {
    const plan = request.body.plan ?? 'starter';
    const coupon = request.body.coupon;
    const summary = `<h2>Plan: ${plan}</h2>` + (coupon ? `<p>Coupon ${coupon} applied</p>` : '');
    // expect: xss
    return reply.type('text/html').send(summary);
  });
}
