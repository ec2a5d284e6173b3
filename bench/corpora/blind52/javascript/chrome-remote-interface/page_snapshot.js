'use strict';

// Worker that snapshots customer landing pages for the link-preview cards.
const CDP = require('chrome-remote-interface');
const express = require('express');

const app = express();
app.use(express.json());
const HEALTH_PAGE = 'about:blank';
const STATUS_URL = 'https://status.example-cdn.net/';

async function withClient(fn) {
  const client = await CDP({ port: Number(process.env.CHROME_PORT || 9222) });
  try {
    await client.Page.enable();
    return await fn(client);
  } finally {
    await client.close();
  }
}

app.get('/snapshot', async (req, res) => {
  const png = await withClient(async ({ Page }) => {
    // expect: ssrf
    await Page.navigate({ url: req.query.url });
    await Page.loadEventFired();
    return (await Page.captureScreenshot({ format: 'png' })).data;
  });
  res.type('png').send(Buffer.from(png, 'base64'));
});

app.post('/preview', async (req, res) => {
  const { host, path } = req.body;
  const target = 'https://' + host + '/' + (path || '');
  const title = await withClient(async (client) => {
    // expect: ssrf
    await client.Page.navigate({ url: target });
    await client.Page.loadEventFired();
    const r = await client.Runtime.evaluate({ expression: 'document.title' });
    return r.result.value;
  });
  res.json({ title });
});

class Snapshotter {
  constructor(client) {
    this.page = client.Page;
  }

  async open(link) {
    // expect: ssrf
    return this.page.navigate({ url: `${link.scheme}://${link.host}${link.path}`, transitionType: 'link' });
  }
}

app.post('/batch', async (req, res) => {
  await withClient(async (client) => {
    const shots = new Snapshotter(client);
    for (const link of req.body.links) {
      await shots.open(link);
    }
  });
  res.status(202).end();
});

app.get('/healthz', async (req, res) => {
  await withClient(({ Page }) => Page.navigate({ url: HEALTH_PAGE }));
  await withClient(({ Page }) => Page.navigate({ url: 'https://status.example-cdn.net/' }));
  res.json({ ok: true, status: STATUS_URL });
});

module.exports = app;
