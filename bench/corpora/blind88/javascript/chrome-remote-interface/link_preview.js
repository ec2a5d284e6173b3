'use strict';

const CDP = require('chrome-remote-interface');
const express = require('express');
const { isPublicHost } = require('./net_guard');

const app = express();
app.use(express.json());

async function capture(url) {
  const client = await CDP({ host: process.env.CHROME_HOST || '127.0.0.1', port: 9222 });
  const { Page } = client;
  try {
    await Page.enable();
    await Page.navigate({ url: 'about:blank' });
    // expect: ssrf
    await Page.navigate({ url: url });
    await Page.loadEventFired();
    const { data } = await Page.captureScreenshot({ format: 'jpeg', quality: 70 });
    return Buffer.from(data, 'base64');
  } finally {
    await client.close();
  }
}

async function captureChecked(url) {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' || !(await isPublicHost(parsed.hostname))) {
    throw new Error('blocked');
  }
  const client = await CDP({ port: 9222 });
  await client.Page.enable();
  await client.Page.navigate({ url: parsed.href });
  await client.Page.loadEventFired();
  const shot = await client.Page.captureScreenshot({ format: 'png' });
  await client.close();
  return Buffer.from(shot.data, 'base64');
}

app.get('/preview', async (req, res) => {
  res.type('jpeg').send(await capture(req.query.url));
});

app.post('/preview/status', async (req, res) => {
  const client = await CDP({ port: 9222 });
  await client.Page.enable();
  // expect: ssrf
  await client.Page.navigate({ url: `http://${req.body.host}:${req.body.port}/status` });
  await client.Page.loadEventFired();
  await client.close();
  res.sendStatus(204);
});

app.post('/preview/open', async (req, res) => {
  const client = await CDP({ port: 9222 });
  const target = req.body.link;
  // expect: ssrf
  await client.Page.navigate({ url: target, referrer: 'https://links.example.com/' });
  await client.close();
  res.sendStatus(202);
});

app.get('/preview/checked', async (req, res) => {
  try {
    res.type('png').send(await captureChecked(String(req.query.url)));
  } catch (err) {
    res.status(400).json({ error: err.message });
  }
});

module.exports = app;
