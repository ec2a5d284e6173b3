const axios = require('axios');
const { URL } = require('url');

const HOOK_HOSTS = new Set(['hooks.slack.com', 'api.sendgrid.com']);

async function onUserUpdated(event) {
  const row = event.data.new || {};
  const target = row.webhook_url;
  if (!target) return;
  // expect: ssrf
  await axios.post(target, { id: row.id, op: event.op }, { timeout: 5000 });
}

async function onOrderCreated(event) {
  const row = event.data.new || {};
  const hook = new URL(row.notify_url || 'https://hooks.slack.com/services/default');
  if (!HOOK_HOSTS.has(hook.hostname)) return;
  await axios.post(hook.toString(), { text: `order ${row.id}` }, { timeout: 5000 });
}

const triggers = { user_updated: onUserUpdated, order_created: onOrderCreated };

async function dispatch(req, res) {
  const fn = triggers[req.params.trigger];
  if (!fn) return res.status(404).end();
  const { event } = req.body;
  console.log('event %s op=%s', req.params.trigger, JSON.stringify(event.op));
  await fn(event);
  res.json({ ok: true });
}

module.exports = { dispatch };
