'use strict';

// Screenshot endpoint for the marketing site builder. Runs next to the
// builder's internal API and the cloud metadata endpoint.
const express = require('express');
const { chromium } = require('playwright');

const APP_ORIGIN = process.env.APP_ORIGIN || 'http://127.0.0.1:3000';
const ALLOWED_HOSTS = new Set(['sites.builder.example', 'cdn.builder.example']);

let browserPromise = null;
function getBrowser() {
  if (!browserPromise) {
    browserPromise = chromium.launch();
  }
  return browserPromise;
}

async function withPage(fn) {
  const browser = await getBrowser();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    return await fn(page);
  } finally {
    await page.close();
  }
}

const app = express();
app.use(express.json());

app.get('/screenshot', async (req, res) => {
  const png = await withPage(async (page) => {
    // expect: ssrf
    await page.goto(req.query.url, { waitUntil: 'networkidle' });
    return page.screenshot({ fullPage: false });
  });
  res.type('png').send(png);
});

app.post('/screenshot/published', async (req, res) => {
  let target;
  try {
    target = new URL(req.body.url);
  } catch (err) {
    return res.status(400).json({ error: 'invalid url' });
  }
  if (target.protocol !== 'https:' || !ALLOWED_HOSTS.has(target.hostname)) {
    return res.status(400).json({ error: 'host not allowed' });
  }
  const png = await withPage(async (page) => {
    await page.goto(target.href, { waitUntil: 'load' });
    return page.screenshot();
  });
  res.type('png').send(png);
});

app.get('/screenshot/draft/:id', async (req, res) => {
  const id = Number(req.params.id);
  const png = await withPage(async (page) => {
    await page.goto(`${APP_ORIGIN}/drafts/${id}/preview`, { waitUntil: 'load' });
    return page.screenshot();
  });
  res.type('png').send(png);
});

app.post('/screenshot/webhook-test', async (req, res) => {
  const html = await withPage(async (page) => {
    const callback = req.body.callbackUrl;
    // expect: ssrf
    await page.goto(callback, { waitUntil: 'domcontentloaded' });
    return page.content();
  });
  res.json({ bytes: html.length });
});

app.get('/screenshot/blank', async (req, res) => {
  const png = await withPage(async (page) => {
    await page.goto('about:blank');
    return page.screenshot();
  });
  res.type('png').send(png);
});

module.exports = app;
