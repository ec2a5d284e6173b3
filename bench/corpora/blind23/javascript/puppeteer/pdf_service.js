// puppeteer: invoice PDF and preview worker
const puppeteer = require('puppeteer');
const express = require('express');

const app = express();
app.use(express.json({ limit: '2mb' }));
const INVOICE_ORIGIN = 'https://billing.example.com';

async function withPage(fn) {
  // expect: insecure-browser
  const browser = await puppeteer.launch({ args: ['--remote-debugging-address=0.0.0.0', '--remote-debugging-port=9222'] });
  try {
    return await fn(await browser.newPage());
  } finally {
    await browser.close();
  }
}

async function withPageSafe(fn) {
  const browser = await puppeteer.launch({ headless: 'new' });
  try {
    return await fn(await browser.newPage());
  } finally {
    await browser.close();
  }
}

app.post('/render', async (req, res) => {
  const pdf = await withPageSafe(async (page) => {
    // expect: xss
    await page.setContent(req.body.html, { waitUntil: 'networkidle0' });
    return page.pdf({ format: 'A4' });
  });
  res.type('application/pdf').send(pdf);
});

app.get('/invoice/:id', async (req, res) => {
  const pdf = await withPage(async (page) => {
    await page.goto(`${INVOICE_ORIGIN}/invoices/${encodeURIComponent(req.params.id)}`);
    return page.pdf({ format: 'A4' });
  });
  res.type('application/pdf').send(pdf);
});

app.get('/snapshot', async (req, res) => {
  const png = await withPageSafe(async (page) => {
    // expect: ssrf
    await page.goto(req.query.url, { waitUntil: 'load' });
    return page.screenshot({ fullPage: true });
  });
  res.type('image/png').send(png);
});

app.post('/highlight', async (req, res) => {
  const selector = req.body.selector;
  const html = await withPageSafe(async (page) => {
    await page.goto(INVOICE_ORIGIN);
    // expect: code-injection
    await page.evaluate(`document.querySelector('${selector}').classList.add('hl')`);
    await page.evaluate((sel) => document.querySelector(sel).classList.add('hl'), selector);
    return page.content();
  });
  res.type('text/plain').send(html);
});

module.exports = app;
