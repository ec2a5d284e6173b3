'use strict';

const CDP = require('chrome-remote-interface');
const express = require('express');

const app = express();

async function withClient(fn) {
  const client = await CDP({ host: '127.0.0.1', port: 9222 });
  try {
    await client.Page.enable();
    return await fn(client);
  } finally {
    await client.close();
  }
}

// Link previews: screenshot whatever URL the user pasted.
app.get('/preview', async (req, res) => {
  const png = await withClient(async ({ Page }) => {
    const target = req.query.url;
    // expect: ssrf
    await Page.navigate({ url: target });
    await Page.loadEventFired();
    const { data } = await Page.captureScreenshot({ format: 'png' });
    return Buffer.from(data, 'base64');
  });
  res.type('png').send(png);
});

async function snapshotFromQueue(job) {
  return withClient(async (client) => {
    // expect: ssrf
    await client.Page.navigate({ url: `http://${job.host}/status`, transitionType: 'typed' });
    await client.Page.loadEventFired();
    return client.Runtime.evaluate({ expression: 'document.title', returnByValue: true });
  });
}

class Crawler {
  constructor(client) {
    this.page = client.Page;
  }

  async visit(link) {
    // expect: ssrf
    const { frameId, errorText } = await this.page.navigate({ url: link });
    if (errorText) throw new Error(errorText);
    return frameId;
  }
}

// Safe: a fixed page, and a URL checked against an allowlist of hosts.
const ALLOWED_HOSTS = new Set(['status.example.com', 'docs.example.com']);
async function snapshotStatusPage() {
  return withClient(async ({ Page }) => {
    await Page.navigate({ url: 'https://status.example.com/' });
    await Page.loadEventFired();
  });
}

async function snapshotAllowed(raw) {
  const u = new URL(raw);
  if (u.protocol !== 'https:' || !ALLOWED_HOSTS.has(u.hostname)) throw new Error('host not allowed');
  return withClient(({ Page }) => Page.navigate({ url: u.href }));
}

module.exports = { app, snapshotFromQueue, Crawler, snapshotStatusPage, snapshotAllowed };
