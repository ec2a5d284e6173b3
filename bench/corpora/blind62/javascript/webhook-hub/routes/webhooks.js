'use strict';

const forwarder = require('../services/forwarder');
const deliveryLog = require('../services/deliveryLog');
const { renderNotification } = require('../lib/templates');

module.exports = async function webhookRoutes(fastify) {
  fastify.post('/:provider', async (request, reply) => {
    const { delivery } = request;
    await deliveryLog.record(fastify.db, delivery, request.body);
    request.log.info({ provider: delivery.provider, event: delivery.event }, 'delivery accepted');

    await forwarder.fanOut(delivery, request.body);

    if (delivery.callbackUrl) {
      await forwarder.acknowledge(delivery.callbackUrl, delivery.id);
    }
    return reply.code(202).send({ accepted: delivery.id });
  });

  fastify.post('/:provider/notify', async (request) => {
    const { template, data = {} } = request.body;
    const text = renderNotification(template, data);
    await forwarder.postToChat(text);
    return { sent: true };
  });

  fastify.post('/:provider/notify-standard', async (request) => {
    const text = renderNotification(null, request.body.data || {});
    await forwarder.postToChat(text);
    return { sent: true };
  });
};
