const puppeteer = require('puppeteer');
const { chromium } = require('playwright');

const ALLOWED = ['https://shop.example.com', 'https://docs.example.com'];

async function screenshot(job) {
  const browser = await puppeteer.launch({ args: ['--no-sandbox'] });
  const page = await browser.newPage();
  // expect: ssrf
  await page.goto(job.url, { waitUntil: 'networkidle2' });
  const buf = await page.screenshot({ fullPage: true });
  await browser.close();
  return buf;
}

async function screenshotAllowed(job) {
  const u = new URL(job.url);
  if (!ALLOWED.includes(u.origin)) throw new Error('origin not allowed');
  const browser = await puppeteer.launch();
  const page = await browser.newPage();
  await page.goto(u.href);
  const buf = await page.screenshot();
  await browser.close();
  return buf;
}

async function extract(job) {
  const browser = await chromium.launch();
  const page = await browser.newPage();
  await page.goto('https://shop.example.com/catalog');
  // expect: code-injection
  const value = await page.evaluate(`document.querySelector('${job.selector}').innerText`);
  const title = await page.evaluate(() => document.title);
  const price = await page.evaluate((sel) => document.querySelector(sel)?.textContent, job.selector);
  await browser.close();
  return { value, title, price };
}

async function renderHtml(job) {
  const browser = await puppeteer.launch();
  const page = await browser.newPage();
  // expect: xss
  await page.setContent(`<html><body>${job.html}</body></html>`);
  const pdf = await page.pdf();
  await browser.close();
  return pdf;
}

module.exports = { screenshot, screenshotAllowed, extract, renderHtml };
