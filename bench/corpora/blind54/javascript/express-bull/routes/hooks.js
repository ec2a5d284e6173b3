const express = require('express');
const { webhookQueue } = require('../queues');
const { subscriptionsFor } = require('../lib/subscriptions');

const router = express.Router();

router.post('/subscribe-test', async (req, res) => {
  const { callbackUrl, event = 'ping' } = req.body;
  await webhookQueue.add('deliver', { url: callbackUrl, event, payload: { test: true } });
  res.status(202).json({ queued: true });
});

router.post('/events/:name', async (req, res) => {
  const subs = await subscriptionsFor(req.params.name);
  const jobs = subs.map((s) => ({ name: 'deliver-registered', data: { subscriptionId: s.id, event: req.params.name, payload: req.body } }));
  await webhookQueue.addBulk(jobs);
  res.status(202).json({ queued: jobs.length });
});

module.exports = router;
