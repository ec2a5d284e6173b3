// library: puppeteer
const puppeteer = require('puppeteer');

async function exportPdf(reportUrl, options) {
  const browser = await puppeteer.launch({ headless: 'new' });
  try {
    const page = await browser.newPage();
    await page.goto(reportUrl, { waitUntil: 'networkidle0' });
    await page.evaluate((title) => {
      document.title = title;
    }, options.title);
    // expect: code-injection
    await page.evaluate(`document.querySelector('#footer').innerText = '${options.footer}'`);
    // expect: code-injection
    await page.evaluate(options.beforePrint);
    await page.$$eval('.no-print', (els) => els.forEach((el) => el.remove()));
    return await page.pdf({ format: 'A4', printBackground: true });
  } finally {
    await browser.close();
  }
}

async function countRows(page, selector) {
  return page.$$eval(selector, (rows) => rows.length);
}

async function injectBanner(page, text) {
  // expect: code-injection
  await page.addScriptTag({ content: `window.__banner = "${text}";` });
  await page.addScriptTag({ url: 'https://cdn.example.com/print-helpers.js' });
}

module.exports = { exportPdf, countRows, injectBanner };
