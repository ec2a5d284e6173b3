'use strict';

// Renders link previews and OG images for the CMS (one shared Chromium).
const { chromium } = require('playwright');
const express = require('express');

const router = express.Router();
const BRAND_PAGE = 'https://www.example.com/brand';
const ALLOWED_HOSTS = new Set(['www.example.com', 'blog.example.com']);
let browserPromise;

function browser() {
  browserPromise = browserPromise || chromium.launch({ headless: true });
  return browserPromise;
}

router.get('/preview', async (req, res) => {
  const page = await (await browser()).newPage();
  try {
    // expect: ssrf
    await page.goto(req.query.url, { waitUntil: 'domcontentloaded', timeout: 15000 });
    res.json({ title: await page.title() });
  } finally {
    await page.close();
  }
});

router.post('/og-image', async (req, res) => {
  const { slug, host } = req.body;
  const context = await (await browser()).newContext({ viewport: { width: 1200, height: 630 } });
  const page = await context.newPage();
  const target = `https://${host}/posts/${slug}`;
  // expect: ssrf
  await page.goto(target);
  res.type('png').send(await page.screenshot());
  await context.close();
});

class Crawler {
  constructor(page) {
    this.page = page;
  }

  async visit(link) {
    // expect: ssrf
    await this.page.goto(link.href, { waitUntil: 'networkidle' });
    return this.page.content();
  }
}

router.post('/crawl', async (req, res) => {
  const page = await (await browser()).newPage();
  const crawler = new Crawler(page);
  const pages = [];
  for (const link of req.body.links) pages.push(await crawler.visit(link));
  await page.close();
  res.json({ count: pages.length });
});

router.get('/brand-preview', async (req, res) => {
  const page = await (await browser()).newPage();
  await page.goto(BRAND_PAGE);
  await page.goto('https://www.example.com/press');
  res.json({ title: await page.title() });
  await page.close();
});

router.get('/site-preview', async (req, res) => {
  const url = new URL(String(req.query.url));
  if (url.protocol !== 'https:' || !ALLOWED_HOSTS.has(url.hostname)) return res.status(400).end();
  const page = await (await browser()).newPage();
  await page.goto(url.toString());
  res.json({ title: await page.title() });
  await page.close();
});

module.exports = router;
