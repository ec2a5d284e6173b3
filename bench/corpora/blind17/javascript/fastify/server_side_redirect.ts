// library: fastify
import Fastify from 'fastify';

const app = Fastify();

app.get('/login/done', async (request, reply) => {
  const { next } = request.query as { next?: string };
  // expect: open-redirect
  return reply.redirect(next ?? '/');
});

app.get('/out', async (request, reply) => {
  const q = request.query as { to: string };
  // expect: open-redirect
  return reply.redirect('https://' + q.to + '/landing');
});

app.get('/login/done-safe', async (request, reply) => {
  const { next } = request.query as { next?: string };
  const target = next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
  return reply.redirect(target);
});

const PARTNERS = new Map([['acme', 'https://acme.example.org/landing'], ['globex', 'https://globex.example.net/']]);
app.get('/partner/:id', async (request, reply) => {
  const url = PARTNERS.get((request.params as { id: string }).id);
  return url ? reply.redirect(url) : reply.code(404).send();
});

export default app;
