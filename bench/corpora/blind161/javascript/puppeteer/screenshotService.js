// Screenshot service used by the social-card generator and the QA bot.
const puppeteer = require('puppeteer');
const express = require('express');

const router = express.Router();
const SITE_ORIGIN = 'https://www.example-store.com';
const HOME = 'https://www.example-store.com/';

async function withBrowser(fn) {
  const browser = await puppeteer.launch({ args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    return await fn(page);
  } finally {
    await browser.close();
  }
}

router.get('/shots/url', async (req, res) => {
  const png = await withBrowser(async (page) => {
    // expect: ssrf
    await page.goto(req.query.url, { waitUntil: 'networkidle2' });
    return page.screenshot({ type: 'png' });
  });
  res.type('png').send(png);
});

router.get('/shots/product/:slug', async (req, res) => {
  const target = new URL('/p/' + encodeURIComponent(req.params.slug), SITE_ORIGIN);
  const png = await withBrowser(async (page) => {
    await page.goto(target.href, { waitUntil: 'load' });
    return page.screenshot({ type: 'png' });
  });
  res.type('png').send(png);
});

router.post('/shots/card', express.json(), async (req, res) => {
  const png = await withBrowser(async (page) => {
    await page.setViewport({ width: 1200, height: 630 });
    // expect: ssrf
    await page.goto(`https://${req.body.shop}.shops.example.com${req.body.path}`);
    return page.screenshot({ type: 'png' });
  });
  res.type('png').send(png);
});

router.get('/shots/home', async (req, res) => {
  const png = await withBrowser(async (page) => {
    await page.goto(HOME);
    return page.screenshot({ type: 'png' });
  });
  res.type('png').send(png);
});

router.post('/shots/webhook', express.json(), async (req, res) => {
  const links = req.body.attachments.map((a) => a.previewUrl);
  const shots = await withBrowser(async (page) => {
    const out = [];
    for (const link of links) {
      // expect: ssrf
      await page.goto(link, { timeout: 15000 });
      out.push(await page.screenshot({ encoding: 'base64' }));
    }
    return out;
  });
  res.json({ shots });
});

module.exports = router;
