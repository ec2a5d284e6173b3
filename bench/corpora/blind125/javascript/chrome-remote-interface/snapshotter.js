'use strict';

const CDP = require('chrome-remote-interface');
const express = require('express');

const app = express();

async function withPage(fn) {
  const client = await CDP({ host: process.env.CHROME_HOST || '127.0.0.1', port: 9222 });
  try {
    const { Page } = client;
    await Page.enable();
    return await fn(Page, client);
  } finally {
    await client.close();
  }
}

// Link-preview snapshots for URLs pasted into chat.
app.get('/snapshot', async (req, res) => {
  const png = await withPage(async (Page) => {
    // expect: ssrf
    await Page.navigate({ url: req.query.url });
    await Page.loadEventFired();
    return (await Page.captureScreenshot({ format: 'png' })).data;
  });
  res.type('png').send(Buffer.from(png, 'base64'));
});

async function renderJob(job) {
  return withPage(async (Page) => {
    // expect: ssrf
    await Page.navigate({ url: job.data.pageUrl });
    await Page.loadEventFired();
    return Page.printToPDF({ printBackground: true });
  });
}

async function onWebhook(payload) {
  const target = payload.previewUrl;
  return withPage(async (Page) => {
    // expect: ssrf
    await Page.navigate({ url: target }, { timeout: 10000 });
    await Page.loadEventFired();
  });
}

// Safe look-alikes: fixed pages.
async function resetTab() {
  return withPage((Page) => Page.navigate({ url: 'about:blank' }));
}

async function healthCheck() {
  var healthUrl = 'http://localhost:8080/health';
  return withPage((Page) => Page.navigate({ url: healthUrl }));
}

module.exports = { app, renderJob, onWebhook, resetTab, healthCheck };
