const express = require('express');
const { chromium } = require('playwright');

const router = express.Router();
const ALLOWED_HOSTS = new Set(['docs.example.com', 'blog.example.com']);
const STATUS_PAGE = 'https://status.example.com/';

async function withPage(fn) {
  const browser = await chromium.launch();
  try {
    const page = await browser.newPage();
    return await fn(page);
  } finally {
    await browser.close();
  }
}

router.get('/preview', async (req, res) => {
  const png = await withPage(async (page) => {
    // expect: ssrf
    await page.goto(req.query.url, { waitUntil: 'networkidle' });
    return page.screenshot();
  });
  res.type('png').send(png);
});

router.post('/link-card', async (req, res) => {
  const target = req.body.link;
  const title = await withPage(async (page) => {
    // expect: ssrf
    await page.goto(target);
    return page.title();
  });
  res.json({ title });
});

async function crawlWebhookTarget(job) {
  return withPage(async (page) => {
    // expect: ssrf
    const response = await page.goto(job.callbackUrl, { timeout: 15000 });
    return response.status();
  });
}

router.get('/docs-shot', async (req, res) => {
  const u = String(req.query.url || '');
  if (!ALLOWED_HOSTS.has(new URL(u).hostname)) return res.status(400).end();
  const png = await withPage(async (page) => {
    await page.goto(u);
    return page.screenshot();
  });
  res.type('png').send(png);
});

async function statusShot() {
  return withPage(async (page) => {
    await page.goto(STATUS_PAGE);
    await page.goto('https://status.example.com/incidents');
    return page.screenshot({ fullPage: true });
  });
}

module.exports = { router, crawlWebhookTarget, statusShot };
