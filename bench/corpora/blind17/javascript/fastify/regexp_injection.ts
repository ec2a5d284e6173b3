// library: fastify + escape-string-regexp
import Fastify from 'fastify';
import escapeStringRegexp from 'escape-string-regexp';

const app = Fastify();
const products = ['red shirt', 'blue shirt', 'green hat'];

app.get('/products', async (request) => {
  const { q } = request.query as { q: string };
  // expect: regex-injection
  const re = new RegExp(q, 'i');
  return products.filter((p) => re.test(p));
});

app.get('/logs', async (request) => {
  const { pattern } = request.query as { pattern: string };
  // expect: regex-injection
  return products.filter((p) => p.match('^' + pattern + '$'));
});

app.get('/products-safe', async (request) => {
  const { q } = request.query as { q: string };
  const re = new RegExp(escapeStringRegexp(q), 'i');
  return products.filter((p) => re.test(p));
});

app.get('/products-prefix', async (request) => {
  const { q } = request.query as { q: string };
  return products.filter((p) => p.startsWith(q.toLowerCase()));
});

app.get('/by-color', async (request) => {
  const { color } = request.query as { color: string };
  const re = /^(red|blue|green)$/.test(color) ? new RegExp(`^${color} `) : /^$/;
  return products.filter((p) => re.test(p));
});

export default app;
