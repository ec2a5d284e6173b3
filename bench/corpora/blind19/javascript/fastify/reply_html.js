// Fastify: reply.type('text/html').send with query values
const fastify = require('fastify')({ logger: true });
const escapeHtml = require('escape-html');

fastify.get('/banner', async (request, reply) => {
  const { text } = request.query;
  // expect: xss
  return reply.type('text/html').send(`<div class="banner">${text}</div>`);
});

fastify.get('/card/:title', async (request, reply) => {
  reply.header('Content-Type', 'text/html; charset=utf-8');
  // expect: xss
  reply.send('<section><h3>' + request.params.title + '</h3></section>');
});

fastify.get('/banner-safe', async (request, reply) => {
  return reply.type('text/html').send(`<div class="banner">${escapeHtml(request.query.text || '')}</div>`);
});

fastify.get('/api/banner', async (request) => {
  return { text: request.query.text };
});

fastify.get('/static-banner', async (_request, reply) => {
  return reply.type('text/html').send('<div class="banner">Maintenance tonight</div>');
});

module.exports = fastify;
