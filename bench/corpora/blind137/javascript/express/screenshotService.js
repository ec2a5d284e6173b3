const express = require('express');
const puppeteer = require('puppeteer');

const app = express();
app.use(express.json({ limit: '256kb' }));

const REPORT_BASE = 'https://reports.internal.example.com';
let browserPromise = null;

function getBrowser() {
  if (!browserPromise) {
    browserPromise = puppeteer.launch({ args: ['--no-sandbox'] });
  }
  return browserPromise;
}

app.get('/screenshot', async function screenshot(req, res) {
  const browser = await getBrowser();
  const page = await browser.newPage();
  // expect: ssrf
  await page.goto(req.query.url, { waitUntil: 'networkidle2' });
  const png = await page.screenshot({ fullPage: true });
  await page.close();
  res.type('png').send(png);
});

app.post('/preview', async function preview(req, res) {
  const target = req.body.pageUrl;
  const browser = await getBrowser();
  const page = await browser.newPage();
  // expect: ssrf
  await page.goto(target);
  const title = await page.title();
  await page.close();
  res.json({ title });
});

app.get('/capture/scroll', async function captureScrolled(req, res) {
  const browser = await getBrowser();
  const page = await browser.newPage();
  await page.goto(REPORT_BASE + '/weekly');
  // expect: ssrf
  await page.evaluate(`window.scrollTo(0, ${req.query.offset})`);
  const png = await page.screenshot();
  await page.close();
  res.type('png').send(png);
});

app.get('/reports/:id.pdf', async function reportPdf(req, res) {
  const browser = await getBrowser();
  const page = await browser.newPage();
  await page.goto(REPORT_BASE + '/reports/' + encodeURIComponent(req.params.id));
  const pdf = await page.pdf({ format: req.query.format === 'letter' ? 'Letter' : 'A4' });
  await page.close();
  res.type('pdf').send(pdf);
});

app.get('/status', async function status(req, res) {
  const browser = await getBrowser();
  const page = await browser.newPage();
  await page.goto('https://status.example.com');
  const ok = await page.$('.all-systems-operational');
  await page.close();
  res.json({ ok: Boolean(ok) });
});

module.exports = app;
