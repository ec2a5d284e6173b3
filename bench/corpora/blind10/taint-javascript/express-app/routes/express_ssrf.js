// library: Express + axios / fetch (request data as outbound URL)
const express = require('express');
const axios = require('axios');

const router = express.Router();
const ALLOWED = new Set(['api.github.com', 'hooks.slack.com']);

router.get('/unfurl', async (req, res) => {
  // expect: ssrf
  const { data } = await axios.get(req.query.url, { timeout: 5000 });
  res.json({ title: /<title>(.*?)<\/title>/i.exec(data)?.[1] });
});

router.get('/unfurl-safe', async (req, res) => {
  const url = new URL(String(req.query.url));
  if (url.protocol !== 'https:' || !ALLOWED.has(url.hostname)) return res.sendStatus(400);
  const { data } = await axios.get(url.href, { timeout: 5000, maxRedirects: 0 });
  return res.json({ length: String(data).length });
});

router.post('/webhooks/test', async (req, res) => {
  // expect: ssrf
  const r = await fetch(req.body.target, { method: 'POST', body: JSON.stringify({ ping: true }) });
  res.json({ status: r.status });
});

router.get('/avatar/:user', async (req, res) => {
  // expect: ssrf
  const r = await axios({ url: `http://${req.headers['x-avatar-host']}/u/${req.params.user}`, responseType: 'arraybuffer' });
  res.type('png').send(r.data);
});

router.get('/status', async (_req, res) => {
  const r = await fetch('https://status.example.com/api/v2/status.json');
  res.json(await r.json());
});

module.exports = router;
