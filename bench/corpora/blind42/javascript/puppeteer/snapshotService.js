const express = require('express');
const puppeteer = require('puppeteer');

const app = express();
app.use(express.json());

let browserPromise;
function browser() {
  browserPromise = browserPromise || puppeteer.launch({ headless: 'new' });
  return browserPromise;
}

app.get('/screenshot', async function screenshot(req, res) {
  const page = await (await browser()).newPage();
  // expect: ssrf
  await page.goto(req.query.url, { waitUntil: 'networkidle2' });
  res.type('png').send(await page.screenshot());
});

app.post('/pdf', async function pdf(req, res) {
  const page = await (await browser()).newPage();
  const html = `<html><body>${req.body.content}</body></html>`;
  // expect: ssrf
  await page.setContent(html, { waitUntil: 'load' });
  res.type('pdf').send(await page.pdf({ format: 'A4' }));
});

app.post('/extract', async function extract(req, res) {
  const page = await (await browser()).newPage();
  await page.goto('https://catalog.example.com/items');
  // expect: code-injection
  const value = await page.evaluate(req.body.script);
  res.json({ value });
});

app.get('/selector', async function selector(req, res) {
  const page = await (await browser()).newPage();
  await page.goto('https://catalog.example.com/items');
  const sel = req.query.selector;
  // expect: code-injection
  const handle = await page.evaluateHandle(`document.querySelector("${sel}")`);
  res.json({ found: Boolean(handle) });
});

app.post('/prime', async function prime(req, res) {
  const page = await (await browser()).newPage();
  // expect: code-injection
  await page.evaluateOnNewDocument(req.body.bootstrap);
  await page.goto('https://app.example.com/');
  res.sendStatus(204);
});

app.get('/count', async function count(req, res) {
  const page = await (await browser()).newPage();
  const tag = req.query.tag;
  await page.goto('https://catalog.example.com/items');
  // expect: code-injection
  const n = await page.evaluate((t) => eval('document.getElementsByTagName("' + t + '").length'), tag);
  res.json({ n });
});

// Safe look-alikes: a fixed host with an encoded path, a constant script with user data as a plain argument.
app.get('/item-shot', async function itemShot(req, res) {
  const page = await (await browser()).newPage();
  await page.goto('https://catalog.example.com/items/' + encodeURIComponent(req.query.id));
  const title = await page.evaluate(() => document.title);
  res.json({ title });
});

app.get('/text', async function text(req, res) {
  const page = await (await browser()).newPage();
  await page.setContent('<p id="out"></p>');
  await page.$eval('#out', (el, v) => { el.textContent = v; }, String(req.query.msg));
  res.type('png').send(await page.screenshot());
});

module.exports = app;
