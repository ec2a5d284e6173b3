// axios: outbound integrations (webhooks, image proxy, partner APIs with custom CAs)
const fs = require('fs');
const https = require('https');
const axios = require('axios');
const express = require('express');

const router = express.Router();

const partnerAgent = new https.Agent({ ca: fs.readFileSync('/etc/ssl/partner-ca.pem'), keepAlive: true });
const partner = axios.create({ baseURL: 'https://api.partner.example.com/v2', httpsAgent: partnerAgent, timeout: 10000 });

// expect: tls-verify-off
const legacyCrm = axios.create({ baseURL: process.env.CRM_URL, httpsAgent: new https.Agent({ rejectUnauthorized: false }) });

const insecureAgent = new https.Agent({
  keepAlive: true,
  // expect: tls-verify-off
  rejectUnauthorized: false,
});

router.post('/webhooks/test', async (req, res) => {
  // expect: ssrf
  const r = await axios.post(req.body.url, { event: 'ping' }, { timeout: 5000 });
  res.json({ status: r.status });
});

router.get('/image-proxy', async (req, res) => {
  const src = req.query.src;
  // expect: ssrf
  const r = await axios.get(src, { responseType: 'stream', timeout: 8000 });
  res.set('Content-Type', r.headers['content-type']);
  r.data.pipe(res);
});

router.get('/image-proxy/v2', async (req, res) => {
  const src = new URL(String(req.query.src));
  if (src.protocol !== 'https:' || !['images.example.com', 'cdn.example.com'].includes(src.hostname)) {
    return res.sendStatus(400);
  }
  const r = await axios.get(src.toString(), { responseType: 'stream', timeout: 8000, maxRedirects: 0 });
  r.data.pipe(res);
});

router.get('/partner/orders/:id', async (req, res) => {
  const r = await partner.get(`/orders/${encodeURIComponent(req.params.id)}`);
  res.json(r.data);
});

router.get('/crm/contacts', async (req, res) => {
  const r = await legacyCrm.get('/contacts', { params: { q: req.query.q } });
  res.json(r.data);
});

router.get('/status/:service', async (req, res) => {
  // expect: ssrf
  const r = await axios({ method: 'get', url: `http://${req.params.service}.internal/health`, timeout: 2000 });
  res.json(r.data);
});

router.get('/weather', async (req, res) => {
  const r = await axios.get('https://api.weather.example.com/v1/current', {
    params: { city: req.query.city, units: 'metric' },
    timeout: 5000,
  });
  res.json(r.data);
});

async function fetchInventory(host) {
  return axios.get(`https://${host}/inventory`, { httpsAgent: insecureAgent });
}

module.exports = { router, fetchInventory };
