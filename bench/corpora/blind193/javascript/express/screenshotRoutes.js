// Link-preview thumbnails for the chat app, rendered with PhantomJS.
const express = require('express');
const phantom = require('phantom');
const { cacheGet, cachePut } = require('../lib/previewCache');

const router = express.Router();
const RENDERER_BASE = process.env.RENDERER_BASE || 'http://localhost:4100';

async function withPage(fn) {
  const instance = await phantom.create(['--ignore-ssl-errors=no', '--load-images=yes']);
  try {
    const page = await instance.createPage();
    await page.property('viewportSize', { width: 1024, height: 640 });
    return await fn(page);
  } finally {
    await instance.exit();
  }
}

router.get('/preview', async function (req, res) {
  const cached = await cacheGet(req.query.url);
  if (cached) return res.type('png').send(cached);
  const png = await withPage(async (page) => {
    // any URL a chat member posts, fetched from inside our network
    // expect: ssrf
    const status = await page.open(req.query.url);
    if (status !== 'success') return null;
    return page.renderBase64('PNG');
  });
  if (!png) return res.status(502).json({ error: 'could not render' });
  const buf = Buffer.from(png, 'base64');
  await cachePut(req.query.url, buf);
  res.type('png').send(buf);
});

router.get('/card/:messageId', async function (req, res) {
  const id = encodeURIComponent(req.params.messageId);
  const png = await withPage(async (page) => {
    const status = await page.open(`${RENDERER_BASE}/cards/${id}`);
    if (status !== 'success') return null;
    return page.renderBase64('PNG');
  });
  if (!png) return res.status(404).end();
  res.type('png').send(Buffer.from(png, 'base64'));
});

router.get('/health', async function (req, res) {
  const ok = await withPage(async (page) => {
    await page.setContent('<html><body>ok</body></html>', 'http://localhost/');
    return page.property('plainText');
  });
  res.json({ ok: ok === 'ok' });
});

module.exports = router;
