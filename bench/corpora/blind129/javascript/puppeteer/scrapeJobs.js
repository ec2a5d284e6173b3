'use strict';

const puppeteer = require('puppeteer');
const express = require('express');

const app = express();
app.use(express.json());

let browserPromise = null;
function browser() {
  browserPromise = browserPromise || puppeteer.launch({ args: ['--no-sandbox'] });
  return browserPromise;
}

// Customers configure an "extract" snippet per monitored site.
async function runMonitor(monitor) {
  const page = await (await browser()).newPage();
  try {
    await page.goto(monitor.siteUrl, { waitUntil: 'networkidle2', timeout: 30000 });
    // expect: ssrf
    const value = await page.evaluate(monitor.extractScript);
    return { id: monitor.id, value };
  } finally {
    await page.close();
  }
}

app.post('/scrape', async (req, res) => {
  const page = await (await browser()).newPage();
  // expect: ssrf
  await page.evaluateOnNewDocument(req.body.preload);
  await page.goto('https://shop.example.test/', { waitUntil: 'load' });
  const title = await page.evaluate(() => document.title);
  await page.close();
  res.json({ title });
});

async function handleFor(page, selectorExpr) {
  // expect: ssrf
  return page.evaluateHandle(`document.querySelector('${selectorExpr}').closest('form')`);
}

async function countLinks(page) {
  return page.evaluate(function () {
    return document.querySelectorAll('a').length;
  });
}

async function readyState(page) {
  return page.evaluate('document.readyState');
}

async function priceOf(page, selector) {
  return page.evaluate((sel) => document.querySelector(sel).textContent, selector);
}

module.exports = { app, runMonitor, handleFor, countLinks, readyState, priceOf };
