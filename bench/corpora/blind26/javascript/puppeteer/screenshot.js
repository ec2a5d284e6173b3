const puppeteer = require('puppeteer');

async function highlight(url, selector) {
  const browser = await puppeteer.launch();
  const page = await browser.newPage();
  await page.goto('https://reports.example.com/view');
  // expect: puppeteer-injection
  await page.evaluate((sel) => document.querySelector(sel).classList.add('hl'), selector);
  const shot = await page.screenshot();
  await browser.close();
  return shot;
}

async function fillTitle(title) {
  const browser = await puppeteer.launch();
  const page = await browser.newPage();
  // expect: puppeteer-injection
  await page.evaluateOnNewDocument((t) => { document.title = t; }, title);
  await page.goto('https://reports.example.com/print');
  await browser.close();
}

async function pageHeight() {
  const browser = await puppeteer.launch();
  const page = await browser.newPage();
  await page.goto('https://reports.example.com/view');
  const h = await page.evaluate(() => document.body.scrollHeight);
  await browser.close();
  return h;
}

module.exports = { highlight, fillTitle, pageHeight };
