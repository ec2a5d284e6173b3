'use strict';

// Prerender service: customers register pages of their shops and we keep
// an HTML snapshot for crawlers. Chrome runs on the same hosts as the
// internal catalogue API.
const CDP = require('chrome-remote-interface');
const express = require('express');
const snapshots = require('./snapshots');

const CHROME = { host: '127.0.0.1', port: 9222 };
const SHOP_ORIGIN = process.env.SHOP_ORIGIN;

async function withTab(fn) {
  const target = await CDP.New(CHROME);
  const client = await CDP({ ...CHROME, target });
  try {
    const { Page, Runtime } = client;
    await Page.enable();
    return await fn(Page, Runtime);
  } finally {
    await client.close();
    await CDP.Close({ ...CHROME, id: target.id });
  }
}

async function readHtml(Runtime) {
  const result = await Runtime.evaluate({ expression: 'document.documentElement.outerHTML' });
  return result.result.value;
}

async function snapshotProduct(productId) {
  return withTab(async (Page, Runtime) => {
    const loaded = Page.loadEventFired();
    await Page.navigate({ url: `${SHOP_ORIGIN}/products/${Number(productId)}` });
    await loaded;
    return readHtml(Runtime);
  });
}

async function snapshotCustomerPage(job) {
  return withTab(async (Page, Runtime) => {
    const loaded = Page.loadEventFired();
    // expect: ssrf
    await Page.navigate({ url: job.pageUrl });
    await loaded;
    return readHtml(Runtime);
  });
}

async function resetTab() {
  return withTab((Page) => Page.navigate({ url: 'about:blank' }));
}

const app = express();
app.use(express.json());

app.post('/snapshots', async (req, res) => {
  const job = { shopId: req.user.shopId, pageUrl: req.body.pageUrl };
  const html = await snapshotCustomerPage(job);
  await snapshots.save(job.shopId, job.pageUrl, html);
  res.status(201).json({ bytes: html.length });
});

app.post('/snapshots/products/:id', async (req, res) => {
  const html = await snapshotProduct(req.params.id);
  await snapshots.save(req.user.shopId, `product:${Number(req.params.id)}`, html);
  res.status(201).json({ bytes: html.length });
});

module.exports = { app, resetTab };
