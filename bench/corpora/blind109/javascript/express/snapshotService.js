'use strict';

const express = require('express');
const puppeteer = require('puppeteer');

const router = express.Router();
let browserPromise;

function getBrowser() {
  if (!browserPromise) browserPromise = puppeteer.launch({ args: ['--no-sandbox'] });
  return browserPromise;
}

router.get('/screenshot', async function screenshot(req, res) {
  const browser = await getBrowser();
  const page = await browser.newPage();
  // expect: ssrf
  await page.goto(req.query.url, { waitUntil: 'networkidle2' });
  res.type('png').send(await page.screenshot({ fullPage: true }));
  await page.close();
});

router.post('/render', async function render(req, res) {
  const browser = await getBrowser();
  const page = await browser.newPage();
  // expect: ssrf
  await page.setContent(req.body.html, { waitUntil: 'load' });
  res.type('pdf').send(await page.pdf({ format: 'A4' }));
  await page.close();
});

router.get('/preview/:host', async function preview(req, res) {
  const browser = await getBrowser();
  const page = await browser.newPage();
  const target = `https://${req.params.host}/status`;
  // expect: ssrf
  await page.goto(target);
  res.json({ title: await page.title() });
  await page.close();
});

router.post('/receipt', async function receipt(req, res) {
  const { customerName, lines } = req.body;
  const browser = await getBrowser();
  const page = await browser.newPage();
  // expect: ssrf
  await page.setContent(`<h1>Receipt for ${customerName}</h1><ul>${lines.map((l) => `<li>${l}</li>`).join('')}</ul>`);
  res.type('pdf').send(await page.pdf());
  await page.close();
});

router.get('/status-page', async function statusPage(req, res) {
  const browser = await getBrowser();
  const page = await browser.newPage();
  await page.goto('https://status.example.com', { waitUntil: 'domcontentloaded' });
  res.type('png').send(await page.screenshot());
  await page.close();
});

router.get('/invoice/:id', async function invoice(req, res) {
  const id = Number.parseInt(req.params.id, 10);
  const browser = await getBrowser();
  const page = await browser.newPage();
  await page.goto(`https://billing.internal.example.com/invoices/${id}/print`);
  res.type('pdf').send(await page.pdf());
  await page.close();
});

module.exports = router;
