// library: Express + axios
const axios = require('axios');
const express = require('express');

const router = express.Router();
const UPSTREAMS = { weather: 'https://api.weather.example/v1', fx: 'https://api.fx.example/latest' };

router.get('/proxy', async (req, res) => {
  // expect: ssrf
  const r = await axios.get(req.query.target, { timeout: 5000 });
  res.json(r.data);
});

router.get('/proxy/:name', async (req, res) => {
  const base = UPSTREAMS[req.params.name];
  if (!base) return res.status(404).end();
  const r = await axios.get(base, { params: { q: req.query.q }, timeout: 5000 });
  res.json(r.data);
});

router.post('/webhooks/test', express.json(), async (req, res) => {
  // expect: ssrf
  const r = await fetch(req.body.callbackUrl, { method: 'POST', body: JSON.stringify({ ping: true }) });
  res.json({ status: r.status });
});

module.exports = router;
