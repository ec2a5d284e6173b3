'use strict';

const express = require('express');
const puppeteer = require('puppeteer');

const app = express();
app.use(express.json({ limit: '2mb' }));

const SITES = { docs: 'https://docs.example.com', status: 'https://status.example.com' };
let browserPromise;

function browser() {
  browserPromise = browserPromise || puppeteer.launch({ headless: 'new' });
  return browserPromise;
}

app.get('/shot', async function shot(req, res) {
  const page = await (await browser()).newPage();
  try {
    // expect: ssrf
    await page.goto(req.query.url, { waitUntil: 'networkidle2', timeout: 15000 });
    res.type('png').send(await page.screenshot({ fullPage: true }));
  } finally {
    await page.close();
  }
});

app.post('/pdf', async (req, res) => {
  const { html, footer } = req.body;
  const page = await (await browser()).newPage();
  // expect: ssrf
  await page.setContent(html, { waitUntil: 'networkidle0' });
  const pdf = await page.pdf({ format: 'A4', displayHeaderFooter: Boolean(footer), footerTemplate: '<span></span>' });
  await page.close();
  res.type('application/pdf').send(pdf);
});

async function preview(req, res) {
  const target = `${req.body.baseUrl}/preview/${req.body.slug}`;
  const page = await (await browser()).newPage();
  // expect: ssrf
  await page.goto(target);
  // expect: code-injection
  const data = await page.evaluate(req.body.extractor);
  await page.close();
  res.json({ data });
}
app.post('/preview', preview);

app.get('/localized', async function (req, res) {
  const page = await (await browser()).newPage();
  // expect: code-injection
  await page.evaluateOnNewDocument(`window.__LOCALE__ = '${req.query.locale}';`);
  await page.goto(SITES.docs);
  res.type('png').send(await page.screenshot());
  await page.close();
});

// Look-alikes: a site picked from our own table, and page code that takes no request data.
app.get('/sites/:name', async function (req, res) {
  if (!Object.prototype.hasOwnProperty.call(SITES, req.params.name)) {
    return res.status(404).end();
  }
  const page = await (await browser()).newPage();
  await page.goto(SITES[req.params.name]);
  const height = await page.evaluate(() => document.body.scrollHeight);
  res.json({ height });
  await page.close();
});

module.exports = app;
