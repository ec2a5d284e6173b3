// library: express + axios (image proxy)
const axios = require('axios');
const express = require('express');

const router = express.Router();
const CDN_HOSTS = new Set(['images.example-cdn.com', 'avatars.githubusercontent.com']);

function imageUrl(query) {
  const base = query.base || 'https://images.example-cdn.com';
  return `${base}/${query.path || 'default.png'}`;
}

router.get('/img', async (req, res) => {
  const url = imageUrl(req.query);
  // expect: ssrf
  const upstream = await axios.get(url, { responseType: 'arraybuffer', timeout: 5000 });
  res.type(upstream.headers['content-type'] || 'image/png').send(upstream.data);
});

router.get('/img/v2', async (req, res) => {
  let parsed;
  try {
    parsed = new URL(req.query.src);
  } catch {
    return res.status(400).end();
  }
  if (parsed.protocol !== 'https:' || !CDN_HOSTS.has(parsed.hostname)) return res.status(400).end();
  const upstream = await axios.get(parsed.toString(), { responseType: 'arraybuffer', timeout: 5000, maxRedirects: 0 });
  return res.type('image/png').send(upstream.data);
});

module.exports = router;
