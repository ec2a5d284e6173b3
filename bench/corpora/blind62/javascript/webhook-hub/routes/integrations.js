'use strict';

const { compileMapping, pick } = require('../services/transform');
const deliveryLog = require('../services/deliveryLog');

module.exports = async function integrationRoutes(fastify) {
  fastify.post('/preview', async (request, reply) => {
    const { mapping, sample } = request.body || {};
    if (typeof mapping !== 'string' || mapping.length > 500) {
      return reply.code(400).send({ error: 'mapping required' });
    }
    const fn = compileMapping(mapping);
    return { result: fn(sample || {}) };
  });

  fastify.post('/preview-path', async (request) => {
    const { path, sample } = request.body || {};
    return { result: pick(sample || {}, path) };
  });

  fastify.get('/:provider/deliveries', async (request) => {
    const { event } = request.query;
    return deliveryLog.recent(fastify.db, request.params.provider, event);
  });

  fastify.get('/:provider/deliveries-safe', async (request) => {
    return deliveryLog.recentSafe(fastify.db, request.params.provider, request.query.event);
  });
};
