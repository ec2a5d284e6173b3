const { chromium } = require('playwright');
const express = require('express');

const app = express();
app.use(express.json());
const ALLOWED_HOSTS = new Set(['www.acme-shop.com', 'docs.acme-shop.com']);

app.get('/screenshot', async (req, res) => {
  const browser = await chromium.launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // expect: ssrf
    await page.goto(req.query.url, { waitUntil: 'networkidle' });
    res.type('png').send(await page.screenshot({ fullPage: true }));
  } finally {
    await browser.close();
  }
});

async function renderStatusCard(job) {
  const browser = await chromium.launch({ headless: true });
  const context = await browser.newContext();
  const page = await context.newPage();
  const target = `https://${job.payload.domain}/status`;
  // expect: ssrf
  await page.goto(target);
  const pdf = await page.pdf({ format: 'A4' });
  await browser.close();
  return pdf;
}

class LinkPreviewer {
  constructor(page) {
    this.page = page;
  }

  preview(link) {
    return this.page
      // expect: ssrf
      .goto(link.href, { timeout: 15000 })
      .then(() => this.page.title());
  }
}

app.post('/preview', (req, res) => {
  chromium.launch()
    .then((browser) => browser.newPage())
    // expect: ssrf
    .then((page) => page.goto(req.body.link).then(() => page.content()))
    .then((html) => res.json({ length: html.length }))
    .catch(() => res.status(502).end());
});

app.get('/docs-snapshot', async (req, res) => {
  const requested = new URL(String(req.query.url));
  if (requested.protocol !== 'https:' || !ALLOWED_HOSTS.has(requested.hostname)) {
    return res.status(400).json({ error: 'host not allowed' });
  }
  const browser = await chromium.launch();
  const page = await browser.newPage();
  await page.goto(requested.toString());
  const png = await page.screenshot();
  await browser.close();
  res.type('png').send(png);
});

async function homepageShot() {
  const browser = await chromium.launch();
  const page = await browser.newPage();
  await page.goto('https://www.acme-shop.com/');
  const png = await page.screenshot();
  await browser.close();
  return png;
}

module.exports = { app, renderStatusCard, LinkPreviewer, homepageShot };
