// library: fastify + fetch (webhook delivery)
import type { FastifyInstance } from 'fastify';
import { str } from '../lib/input';

const DEFAULT_CALLBACK = 'https://hooks.example.com/default';
const ALLOWED_HOSTS = new Set(['hooks.example.com', 'hooks.partner.example.net']);

export default async function webhooks(app: FastifyInstance) {
  app.post('/webhooks/test', async (request) => {
    const body = request.body as { callback?: string };
    const url = body.callback || DEFAULT_CALLBACK;
    // expect: ssrf
    const res = await fetch(url, { method: 'POST', body: JSON.stringify({ ping: true }) });
    return { status: res.status };
  });

  app.post('/webhooks/relay', async (request) => {
    const body = request.body as Record<string, unknown>;
    const host = str(body.host, 'hooks.example.com');
    const path = str(body.path, 'events');
    // expect: ssrf
    const res = await fetch(`https://${host}/${path}`, { method: 'POST', body: '{}' });
    return { status: res.status };
  });

  app.post('/webhooks/test-safe', async (request, reply) => {
    const body = request.body as { callback?: string };
    const url = new URL(body.callback || DEFAULT_CALLBACK);
    if (url.protocol !== 'https:' || !ALLOWED_HOSTS.has(url.hostname)) return reply.code(400).send();
    const res = await fetch(url, { method: 'POST', body: JSON.stringify({ ping: true }), redirect: 'error' });
    return { status: res.status };
  });
}
