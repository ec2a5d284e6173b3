// fastify: API server with CORS, cookies and static files
const Fastify = require('fastify');
const path = require('path');

const app = Fastify({ logger: true, bodyLimit: 1048576 });

app.register(require('@fastify/cors'), {
  // expect: cors-misconfig
  origin: '*',
  credentials: true,
});

app.register(require('@fastify/cookie'), { secret: process.env.COOKIE_SECRET });
app.register(require('@fastify/static'), { root: path.join(__dirname, 'public'), prefix: '/assets/' });

app.register(async (scoped) => {
  scoped.register(require('@fastify/cors'), { origin: ['https://app.example.com'], credentials: true });
  scoped.get('/me', async (req) => ({ id: req.cookies.uid }));
}, { prefix: '/v2' });

app.get('/greet', async (req, reply) => {
  // expect: xss
  reply.type('text/html').send(`<p>Hi ${req.query.name}</p>`);
});

app.get('/greet.json', async (req) => ({ greeting: `Hi ${req.query.name}` }));

app.post('/login', async (req, reply) => {
  const token = await issueToken(req.body);
  // expect: insecure-cookie
  reply.setCookie('sid', token, { path: '/', httpOnly: false });
  reply.setCookie('locale', req.body.locale || 'en', { path: '/' });
  return { ok: true };
});

app.get('/go', async (req, reply) => {
  // expect: open-redirect
  return reply.redirect(req.query.to);
});

app.get('/files/:name', async (req, reply) => {
  return reply.sendFile(path.basename(req.params.name));
});

async function issueToken(body) {
  return Buffer.from(String(body.user)).toString('base64url');
}

app.listen({ port: Number(process.env.PORT) || 3000, host: process.env.HOST || '127.0.0.1' });
