// library: Express + puppeteer (server-side screenshots)
const express = require('express');
const puppeteer = require('puppeteer');

const router = express.Router();
const ALLOWED = new Set(['https://www.example.com', 'https://docs.example.com']);

router.get('/screenshot', async (req, res) => {
  const browser = await puppeteer.launch();
  const page = await browser.newPage();
  // expect: ssrf
  await page.goto(req.query.url, { waitUntil: 'load', timeout: 15000 });
  res.type('png').send(await page.screenshot());
  await browser.close();
});

router.get('/screenshot-safe', async (req, res) => {
  const u = new URL(String(req.query.url));
  if (!ALLOWED.has(u.origin)) return res.status(400).end();
  const browser = await puppeteer.launch();
  const page = await browser.newPage();
  await page.goto(u.href, { waitUntil: 'load', timeout: 15000 });
  res.type('png').send(await page.screenshot());
  await browser.close();
});

router.post('/extract', express.json(), async (req, res) => {
  const browser = await puppeteer.launch();
  const page = await browser.newPage();
  await page.goto('https://www.example.com/pricing');
  // expect: code-injection
  const value = await page.evaluate(req.body.script);
  const title = await page.evaluate((sel) => document.querySelector(sel)?.textContent, String(req.body.selector));
  await browser.close();
  res.json({ value, title });
});

module.exports = router;
