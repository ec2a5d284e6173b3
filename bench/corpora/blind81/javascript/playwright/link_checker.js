'use strict';

const { chromium } = require('playwright');
const express = require('express');

const router = express.Router();
const DOCS_HOME = 'https://docs.example.com/';

let browserPromise;
function browser() {
  browserPromise = browserPromise || chromium.launch({ headless: true });
  return browserPromise;
}

router.post('/check', async (req, res) => {
  const page = await (await browser()).newPage();
  // expect: ssrf
  const response = await page.goto(req.body.url, { waitUntil: 'domcontentloaded', timeout: 15000 });
  res.json({ status: response && response.status() });
  await page.close();
});

router.get('/preview', async (req, res) => {
  const context = await (await browser()).newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const target = `https://${req.query.host}/${req.query.path || ''}`;
  // expect: ssrf
  await page.goto(target);
  res.type('png').send(await page.screenshot());
  await context.close();
});

async function crawl(page, links) {
  const results = [];
  for (const link of links) {
    // expect: ssrf
    const resp = await page.goto(link.href, { timeout: 10000 });
    results.push({ href: link.href, ok: resp ? resp.ok() : false });
  }
  return results;
}

// Uptime checks of the sites customers register in the dashboard.
class Monitor {
  constructor(page, site) {
    this.page = page;
    this.site = site;
  }

  check() {
    // expect: ssrf
    return this.page.goto(this.site.baseUrl + '/healthz');
  }
}

router.get('/docs-health', async (req, res) => {
  const page = await (await browser()).newPage();
  await page.goto('https://docs.example.com/healthz');
  await page.goto(DOCS_HOME, { waitUntil: 'load' });
  res.json({ title: await page.title() });
  await page.close();
});

module.exports = { router, crawl, Monitor };
