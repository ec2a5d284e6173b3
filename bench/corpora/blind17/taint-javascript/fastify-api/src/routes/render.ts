// library: fastify (HTML fragments)
import type { FastifyInstance } from 'fastify';
import { escapeHtml, str } from '../lib/input';

export default async function render(app: FastifyInstance) {
  app.get('/badge', async (request, reply) => {
    const name = str((request.query as Record<string, unknown>).name, 'guest');
    const color = (request.query as Record<string, string>).color === 'red' ? 'red' : 'green';
    // expect: xss
    return reply.type('text/html').send(`<span class="badge ${color}">${name}</span>`);
  });

  app.get('/badge-safe', async (request, reply) => {
    const name = str((request.query as Record<string, unknown>).name, 'guest');
    return reply.type('text/html').send(`<span class="badge">${escapeHtml(name)}</span>`);
  });

  app.get('/badge.txt', async (request, reply) => {
    const name = str((request.query as Record<string, unknown>).name, 'guest');
    return reply.type('text/plain').send(`badge for ${name}`);
  });
}
