'use strict';

const fp = require('fastify-plugin');
const crypto = require('crypto');

// Verifies the provider's HMAC signature and records what we learnt about the delivery on the request.
async function signaturePlugin(fastify, opts) {
  fastify.decorateRequest('delivery', null);

  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    req.rawBody = body;
    try {
      done(null, JSON.parse(body));
    } catch (err) {
      err.statusCode = 400;
      done(err);
    }
  });

  fastify.addHook('preHandler', async (request, reply) => {
    if (!request.routeOptions.url || !request.routeOptions.url.startsWith('/hooks')) return;
    const provider = request.params.provider;
    const secret = opts.secrets[provider];
    if (!secret) {
      return reply.code(404).send({ error: 'unknown provider' });
    }
    const given = String(request.headers['x-hub-signature-256'] || '');
    const expected = 'sha256=' + crypto.createHmac('sha256', secret).update(request.rawBody || '').digest('hex');
    const ok = given.length === expected.length && crypto.timingSafeEqual(Buffer.from(given), Buffer.from(expected));
    if (!ok) {
      return reply.code(401).send({ error: 'bad signature' });
    }
    request.delivery = {
      provider,
      id: request.headers['x-delivery-id'] || crypto.randomUUID(),
      event: request.headers['x-event-type'] || 'unknown',
      callbackUrl: request.body && request.body.callback_url,
    };
  });
}

module.exports = fp(signaturePlugin, { name: 'signature' });
