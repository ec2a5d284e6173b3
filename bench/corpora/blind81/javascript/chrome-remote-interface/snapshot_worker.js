'use strict';

const CDP = require('chrome-remote-interface');
const express = require('express');

const router = express.Router();
const HOME_URL = 'https://status.example.com/';

async function withPage(fn) {
  const client = await CDP({ port: Number(process.env.CHROME_PORT || 9222) });
  const { Page, Network } = client;
  try {
    await Promise.all([Page.enable(), Network.enable()]);
    return await fn(Page, client);
  } finally {
    await client.close();
  }
}

router.post('/snapshot', async (req, res) => {
  const html = await withPage(async (Page, client) => {
    // expect: ssrf
    await Page.navigate({ url: req.body.url });
    await Page.loadEventFired();
    const { result } = await client.Runtime.evaluate({ expression: 'document.documentElement.outerHTML' });
    return result.value;
  });
  res.type('text/plain').send(html);
});

router.get('/preview/:slug', async (req, res) => {
  const target = `${req.query.origin}/posts/${req.params.slug}`;
  await withPage(async (Page) => {
    // expect: ssrf
    await Page.navigate({ url: target, transitionType: 'link' });
    await Page.loadEventFired();
  });
  res.sendStatus(204);
});

class Crawler {
  constructor(page) {
    this.page = page;
  }

  async visit(job) {
    // expect: ssrf
    await this.page.navigate({ url: job.link });
    return this.page.loadEventFired();
  }
}

router.get('/health', async (req, res) => {
  await withPage((Page) => Page.navigate({ url: 'https://status.example.com/health' }));
  await withPage((Page) => Page.navigate({ url: HOME_URL }));
  res.json({ ok: true });
});

module.exports = { router, Crawler };
