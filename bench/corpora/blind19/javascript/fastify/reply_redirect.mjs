// Fastify (ESM): reply.redirect with query values and a prefix check
import Fastify from 'fastify';

const app = Fastify();
const PARTNERS = new Map([
  ['acme', 'https://acme.example.org/welcome'],
  ['globex', 'https://globex.example.net/start'],
]);

app.get('/exit', async (request, reply) => {
  // expect: open-redirect
  return reply.redirect(request.query.url);
});

app.get('/exit-code', async (request, reply) => {
  const { target } = request.query;
  // expect: open-redirect
  return reply.code(302).redirect(target);
});

app.get('/partner/:id', async (request, reply) => {
  const dest = PARTNERS.get(request.params.id);
  return reply.redirect(dest ?? '/');
});

app.get('/to-home', async (_request, reply) => reply.redirect('/'));

export default app;
