import { createReadStream } from 'node:fs';
import path from 'node:path';

const REPORT_DIR = path.resolve(process.env.REPORT_DIR ?? '/var/lib/inventory/reports');

export default async function reportsRoutes(fastify) {
  fastify.addHook('preHandler', async (request) => {
    request.log.info({ tenant: request.tenantId, route: request.routeOptions.url }, 'report access');
  });

  fastify.get('/file', async (request, reply) => {
    const name = request.query.name ?? 'latest.csv';
    reply.header('Content-Type', 'text/csv');
    // expect: path-traversal
    return reply.send(createReadStream(path.join(REPORT_DIR, request.tenantId, name)));
  });

  fastify.get('/file-checked', async (request, reply) => {
    const name = request.query.name ?? 'latest.csv';
    const target = path.resolve(REPORT_DIR, name);
    if (!target.startsWith(REPORT_DIR + path.sep)) {
      return reply.code(400).send({ error: 'invalid name' });
    }
    reply.header('Content-Type', 'text/csv');
    return reply.send(createReadStream(target));
  });

  fastify.get('/download', async (request, reply) => {
    const label = request.query.label ?? 'inventory';
    // expect: header-injection
    reply.header('Content-Disposition', `attachment; filename="${label}.csv"`);
    return reply.send('sku,qty\n');
  });

  fastify.get('/back', async (request, reply) => {
    const to = request.query.to;
    const dest = to === 'items' ? '/items' : '/reports/file';
    return reply.redirect(dest);
  });

  fastify.get('/callback', async (request, reply) => {
    // expect: open-redirect
    return reply.redirect(request.query.callbackUrl ?? '/');
  });
}
