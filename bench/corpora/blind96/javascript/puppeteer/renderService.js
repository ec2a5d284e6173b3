'use strict';

const express = require('express');
const puppeteer = require('puppeteer');

const app = express();
app.use(express.json({ limit: '2mb' }));

let browserPromise;
function browser() {
  browserPromise = browserPromise || puppeteer.launch({ headless: 'new' });
  return browserPromise;
}

app.get('/screenshot', async function (req, res) {
  const page = await (await browser()).newPage();
  // expect: ssrf
  await page.goto(req.query.url, { waitUntil: 'networkidle2' });
  res.type('png').send(await page.screenshot({ fullPage: true }));
  await page.close();
});

app.post('/pdf', async function (req, res) {
  const page = await (await browser()).newPage();
  // expect: ssrf
  await page.setContent(req.body.html, { waitUntil: 'load' });
  res.type('pdf').send(await page.pdf({ format: 'A4' }));
  await page.close();
});

app.post('/preview', async function (req, res) {
  const target = `https://${req.body.host}/share/${req.body.slug}`;
  const page = await (await browser()).newPage();
  // expect: ssrf
  await page.goto(target);
  res.json({ title: await page.title() });
  await page.close();
});

app.post('/extract', async function (req, res) {
  const page = await (await browser()).newPage();
  await page.goto('https://catalog.example.com/products');
  // expect: code-injection
  const data = await page.evaluate(req.body.extractor);
  res.json(data);
  await page.close();
});

// Safe look-alikes: a fixed URL, a product id put into a fixed origin's path, and evaluate with a function and a number.
app.get('/status-card', async function (req, res) {
  const page = await (await browser()).newPage();
  await page.goto('https://status.example.com/embed');
  res.type('png').send(await page.screenshot());
  await page.close();
});

app.get('/product/:id/card', async function (req, res) {
  const id = Number.parseInt(req.params.id, 10);
  const page = await (await browser()).newPage();
  await page.goto('https://catalog.example.com/products/' + id);
  const price = await page.evaluate((sel) => document.querySelector(sel).textContent, '.price');
  res.json({ id, price });
  await page.close();
});

module.exports = app;
