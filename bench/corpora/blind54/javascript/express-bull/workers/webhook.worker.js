const { Worker } = require('bullmq');
const axios = require('axios');
const crypto = require('crypto');
const { connection } = require('../queues');
const { subscriptionUrl } = require('../lib/subscriptions');

const SIGNING_SECRET = process.env.WEBHOOK_SIGNING_SECRET;

function sign(body) {
  return crypto.createHmac('sha256', SIGNING_SECRET).update(body).digest('hex');
}

const worker = new Worker(
  'webhooks',
  async (job) => {
    const body = JSON.stringify({ event: job.data.event, payload: job.data.payload });
    const headers = { 'content-type': 'application/json', 'x-signature': sign(body) };

    if (job.name === 'deliver-registered') {
      const url = await subscriptionUrl(job.data.subscriptionId);
      if (!url) return { skipped: true };
      const res = await axios.post(url, body, { headers, timeout: 5000 });
      return { status: res.status };
    }

    // test deliveries carry the caller's URL in job.data (routes/hooks.js)
    // expect: ssrf
    const res = await axios.post(job.data.url, body, { headers, timeout: 5000, maxRedirects: 0 });
    return { status: res.status };
  },
  { connection, concurrency: 10 }
);

worker.on('failed', (job, err) => console.warn('webhook %s failed: %s', job && job.id, err.message));
