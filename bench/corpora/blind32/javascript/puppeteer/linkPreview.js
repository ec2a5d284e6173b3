const express = require('express');
const puppeteer = require('puppeteer');

const router = express.Router();
const browserReady = puppeteer.launch({ args: ['--no-sandbox'] });
const ALLOWED_HOSTS = new Set(['docs.example.com', 'blog.example.com']);

router.get('/preview', async (req, res) => {
  const browser = await browserReady;
  const page = await browser.newPage();
  try {
    // expect: ssrf
    await page.goto(req.query.url, { waitUntil: 'networkidle2', timeout: 15000 });
    res.json({ title: await page.title() });
  } finally {
    await page.close();
  }
});

router.post('/screenshot', async (req, res) => {
  const { host, path } = req.body;
  const target = `https://${host}${path || '/'}`;
  const page = await (await browserReady).newPage();
  // expect: ssrf
  await page.goto(target);
  const png = await page.screenshot({ fullPage: true });
  await page.close();
  res.type('png').send(png);
});

function visit(page, link) {
  // expect: ssrf
  return page.goto(link, { waitUntil: 'domcontentloaded' });
}

function crawl(job) {
  return browserReady
    .then((browser) => browser.newPage())
    // expect: ssrf
    .then((page) => page.goto(job.startUrl).then(() => page));
}

router.get('/warmup', async (req, res) => {
  const page = await (await browserReady).newPage();
  await page.goto('https://www.example.com/', { waitUntil: 'load' });
  await page.close();
  res.sendStatus(204);
});

router.get('/docs-preview', async (req, res) => {
  let parsed;
  try {
    parsed = new URL(String(req.query.url));
  } catch (e) {
    return res.sendStatus(400);
  }
  if (parsed.protocol !== 'https:' || !ALLOWED_HOSTS.has(parsed.hostname)) {
    return res.sendStatus(403);
  }
  const page = await (await browserReady).newPage();
  await page.goto(parsed.href);
  res.json({ title: await page.title() });
  await page.close();
});

module.exports = { router, visit, crawl };
