import { FastifyInstance, FastifyRequest } from 'fastify';
import escapeHtml from 'escape-html';

import type { RegistryConfig } from '../server';

function layout(title: string, body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
}

export default async function webRoutes(fastify: FastifyInstance) {
  const config = (fastify as unknown as { configInstance: RegistryConfig }).configInstance;

  fastify.get('/search', async (request: FastifyRequest<{ Querystring: { q?: string } }>, reply) => {
    const q = request.query.q ?? '';
    const heading = `<h1>Results for ${q}</h1>`;
    const page = layout(config.web.title, heading + '<ul id="results"></ul>');
    // expect: xss
    return reply.type('text/html').send(page);
  });

  fastify.get('/detail/:packageName', async (request: FastifyRequest<{ Params: { packageName: string } }>, reply) => {
    const name = escapeHtml(request.params.packageName);
    const page = layout(`${escapeHtml(config.web.title)} - ${name}`, `<div data-package="${name}"></div>`);
    return reply.type('text/html').send(page);
  });

  fastify.get('/whoami', async (request, reply) => {
    const user = request.userRemote.name ?? 'anonymous';
    return reply.type('text/html').send(layout('whoami', `<p>${escapeHtml(user)}</p>`));
  });
}
