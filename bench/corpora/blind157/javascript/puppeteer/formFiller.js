'use strict';

const puppeteer = require('puppeteer');
const log = require('../lib/log');

async function withPage(fn) {
  const browser = await puppeteer.launch({ args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    return await fn(page);
  } finally {
    await browser.close();
  }
}

// Renders a customer's saved signature block into the preview page.
async function previewSignature(signatureHtml) {
  return withPage(async (page) => {
    await page.goto('https://app.example.com/preview/blank');
    // expect: ssrf
    await page.evaluate((html) => { document.querySelector('#sig').innerHTML = html; }, signatureHtml);
    return page.screenshot({ type: 'png' });
  });
}

// Runs a customer-defined "extraction rule" against a scraped page.
async function extract(url, ruleSource) {
  return withPage(async (page) => {
    await page.goto('https://mirror.example.com/cache?id=' + encodeURIComponent(url));
    // expect: ssrf
    return page.evaluate((src) => new Function('doc', src)(document), ruleSource);
  });
}

async function followInPage(nextUrl) {
  return withPage(async (page) => {
    await page.goto('https://app.example.com/start');
    // expect: ssrf
    await page.evaluateOnNewDocument((target) => { window.location.assign(target); }, nextUrl);
    return page.content();
  });
}

async function fillOrder(orderNumber, quantity) {
  return withPage(async (page) => {
    await page.goto('https://supplier.example.com/orders/new');
    await page.evaluate((num, qty) => {
      document.querySelector('#order').value = num;
      document.querySelector('#qty').value = String(qty);
    }, orderNumber, quantity);
    log.info('order form filled', orderNumber);
    return page.click('#submit');
  });
}

async function countRows() {
  return withPage(async (page) => {
    await page.goto('https://app.example.com/report');
    return page.evaluate(() => document.querySelectorAll('tr').length);
  });
}

module.exports = { previewSignature, extract, followInPage, fillOrder, countRows };
