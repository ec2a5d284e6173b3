const CDP = require('chrome-remote-interface');
const express = require('express');

const router = express.Router();
const STATUS_PAGE = 'https://status.example.com/';

async function withClient(fn) {
  let client;
  try {
    client = await CDP({ port: Number(process.env.CHROME_PORT || 9222) });
    const { Page, Network } = client;
    await Promise.all([Page.enable(), Network.enable()]);
    return await fn(client);
  } finally {
    if (client) await client.close();
  }
}

router.post('/snapshot', async (req, res) => {
  const html = await withClient(async ({ Page, Runtime }) => {
    // expect: ssrf
    await Page.navigate({ url: req.body.url });
    await Page.loadEventFired();
    const { result } = await Runtime.evaluate({ expression: 'document.documentElement.outerHTML' });
    return result.value;
  });
  res.json({ length: html.length });
});

router.get('/preview/:site', async (req, res) => {
  const target = `https://${req.params.site}/index.html`;
  const shot = await withClient(async ({ Page }) => {
    // expect: ssrf
    await Page.navigate({ url: target });
    await Page.loadEventFired();
    return Page.captureScreenshot({ format: 'png' });
  });
  res.type('png').send(Buffer.from(shot.data, 'base64'));
});

async function warmCache(links) {
  for (const link of links) {
    await withClient(async ({ Page }) => {
      // expect: ssrf
      await Page.navigate({ url: link.href, transitionType: 'link' });
      await Page.loadEventFired();
    });
  }
}

router.post('/crawl', async (req, res) => {
  await warmCache(req.body.links || []);
  res.sendStatus(202);
});

router.get('/status-shot', async (req, res) => {
  const shot = await withClient(async ({ Page }) => {
    await Page.navigate({ url: 'https://status.example.com/' });
    await Page.loadEventFired();
    return Page.captureScreenshot({ format: 'png' });
  });
  res.type('png').send(Buffer.from(shot.data, 'base64'));
});

router.get('/status-history', async (req, res) => {
  const day = Number.parseInt(req.query.day, 10) || 1;
  const shot = await withClient(async ({ Page }) => {
    await Page.navigate({ url: `${STATUS_PAGE}history?day=${day}` });
    await Page.loadEventFired();
    return Page.captureScreenshot({ format: 'png' });
  });
  res.type('png').send(Buffer.from(shot.data, 'base64'));
});

module.exports = router;
