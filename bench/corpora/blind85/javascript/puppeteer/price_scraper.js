const puppeteer = require('puppeteer');

const PRICE_SELECTOR = '.product-price';

async function scrapePrice(url, selector) {
  const browser = await puppeteer.launch({ headless: 'new' });
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'networkidle2' });
  // expect: ssrf
  const text = await page.evaluate((sel) => document.querySelector(sel).innerText, selector);
  await browser.close();
  return text;
}

async function fillCoupon(page, coupon) {
  // expect: ssrf
  await page.evaluate((code) => {
    document.querySelector('#coupon').value = code;
    document.querySelector('#apply-coupon').click();
  }, coupon.code);
}

async function markVisited(page, visitor) {
  // expect: ssrf
  await page.evaluateOnNewDocument((id) => { window.__visitor = id; }, visitor);
}

async function highlight(page, options) {
  // expect: ssrf
  return page.evaluateHandle((color, sel) => {
    const el = document.querySelector(sel);
    el.style.outline = `3px solid ${color}`;
    return el;
  }, 'red', options.selector);
}

async function countProducts(page) {
  return page.evaluate((sel) => document.querySelectorAll(sel).length, PRICE_SELECTOR);
}

async function pageTitle(page) {
  return page.evaluate(() => document.title);
}

module.exports = { scrapePrice, fillCoupon, markVisited, highlight, countProducts, pageTitle };
