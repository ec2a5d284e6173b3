// puppeteer: an HTML-to-PDF and screenshot service behind an Express route
const express = require('express');
const puppeteer = require('puppeteer');

const app = express();
app.use(express.json({ limit: '1mb' }));

let browserPromise;
function browser() {
  browserPromise = browserPromise || puppeteer.launch({ headless: 'new', args: ['--disable-dev-shm-usage'] });
  return browserPromise;
}

const ALLOWED_HOSTS = new Set(['www.example.com', 'docs.example.com']);

app.get('/pdf', async (req, res) => {
  const page = await (await browser()).newPage();
  try {
    // expect: ssrf
    await page.goto(req.query.url, { waitUntil: 'networkidle0', timeout: 30000 });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    res.type('application/pdf').send(pdf);
  } finally {
    await page.close();
  }
});

app.get('/pdf/v2', async (req, res) => {
  let target;
  try {
    target = new URL(String(req.query.url));
  } catch {
    return res.status(400).send('bad url');
  }
  if (target.protocol !== 'https:' || !ALLOWED_HOSTS.has(target.hostname)) {
    return res.status(400).send('host not allowed');
  }
  const page = await (await browser()).newPage();
  await page.goto(target.href, { waitUntil: 'networkidle0' });
  res.type('application/pdf').send(await page.pdf({ format: 'A4' }));
  await page.close();
});

app.post('/invoice', async (req, res) => {
  const page = await (await browser()).newPage();
  await page.goto('file:///srv/templates/invoice.html');
  await page.evaluate((data) => {
    document.querySelector('#customer').textContent = data.customer;
    document.querySelector('#total').textContent = data.total;
  }, req.body);
  // expect: code-injection
  await page.evaluate(`window.applyTheme("${req.body.theme}")`);
  // expect: xss
  await page.setContent(`<html><body><h1>${req.body.title}</h1></body></html>`);
  res.type('application/pdf').send(await page.pdf({ format: 'A4' }));
  await page.close();
});

app.get('/screenshot', async (req, res) => {
  const page = await (await browser()).newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.goto('https://www.example.com/pricing', { waitUntil: 'load' });
  const selector = String(req.query.selector || 'main');
  const el = await page.$(selector);
  const counts = await page.$$eval('a', (links) => links.length);
  // expect: code-injection
  await page.evaluate('document.querySelector("' + selector + '").scrollIntoView()');
  const shot = el ? await el.screenshot() : await page.screenshot({ fullPage: true });
  res.set('X-Link-Count', String(counts)).type('image/png').send(shot);
  await page.close();
});

module.exports = app;
