// library: Express + puppeteer (goto / setContent / evaluate with request data)
const express = require('express');
const puppeteer = require('puppeteer');

const router = express.Router();
const SHOT_HOSTS = new Set(['www.example.com', 'blog.example.com']);

router.get('/screenshot', async (req, res) => {
  const browser = await puppeteer.launch();
  const page = await browser.newPage();
  // expect: ssrf
  await page.goto(req.query.url, { waitUntil: 'networkidle2' });
  res.type('png').send(await page.screenshot());
  await browser.close();
});

router.get('/screenshot-safe', async (req, res) => {
  const url = new URL(String(req.query.url));
  if (url.protocol !== 'https:' || !SHOT_HOSTS.has(url.hostname)) return res.sendStatus(400);
  const browser = await puppeteer.launch();
  const page = await browser.newPage();
  await page.goto(url.href);
  res.type('png').send(await page.screenshot());
  return browser.close();
});

router.post('/pdf', async (req, res) => {
  const browser = await puppeteer.launch();
  const page = await browser.newPage();
  // expect: xss
  await page.setContent(`<html><body>${req.body.html}</body></html>`);
  res.type('pdf').send(await page.pdf({ format: 'A4' }));
  await browser.close();
});

router.get('/title', async (req, res) => {
  const browser = await puppeteer.launch();
  const page = await browser.newPage();
  await page.goto('https://www.example.com');
  // expect: code-injection
  const value = await page.evaluate('document.querySelector("' + req.query.selector + '").textContent');
  const safe = await page.evaluate((sel) => document.querySelector(sel)?.textContent, String(req.query.selector));
  res.json({ value, safe });
  await browser.close();
});

module.exports = router;
