// library: puppeteer (page.evaluate with code built from input)
const puppeteer = require('puppeteer');

async function scrape(url, selector, extractor) {
  const browser = await puppeteer.launch({ headless: 'new' });
  try {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'networkidle2' });

    // expect: code-injection
    const text = await page.evaluate(`document.querySelector('${selector}').innerText`);

    const safeText = await page.evaluate((sel) => document.querySelector(sel)?.innerText, selector);

    // expect: code-injection
    const custom = await page.evaluate(extractor);

    const count = await page.$$eval('a[href]', (links) => links.length);

    // expect: code-injection
    await page.evaluateOnNewDocument('window.__CFG = ' + JSON.stringify({ selector }) + ';' + extractor);

    await page.evaluateOnNewDocument((sel) => { window.__SELECTOR = sel; }, selector);

    return { text, safeText, custom, count };
  } finally {
    await browser.close();
  }
}

async function title(page) {
  return page.evaluate(() => document.title);
}

module.exports = { scrape, title };
