import { FastifyInstance, FastifyRequest } from 'fastify';
import escapeHtml from 'escape-html';
import prisma from 'lib/prisma';

export default async function viewRoute(server: FastifyInstance) {
  server.get('/view/:id', async (req: FastifyRequest<{ Params: { id: string }; Querystring: { embed?: string } }>, reply) => {
    const file = await prisma.file.findFirst({ where: { name: req.params.id } });
    if (!file) return reply.callNotFound();
    const title = req.query.embed ? file.originalName : escapeHtml(file.originalName);
    // expect: xss
    return reply.type('text/html').send(`<!doctype html><html><head><meta property="og:title" content="${title}"></head><body><img src="/r/${encodeURIComponent(file.name)}"></body></html>`);
  });

  server.get('/view/:id/safe', async (req: FastifyRequest<{ Params: { id: string } }>, reply) => {
    const file = await prisma.file.findFirst({ where: { name: req.params.id } });
    if (!file) return reply.callNotFound();
    return reply.type('text/html').send(`<html><head><meta property="og:title" content="${escapeHtml(file.originalName)}"></head></html>`);
  });
}
