const puppeteer = require('puppeteer');

async function launchPage() {
  const browser = await puppeteer.launch({ args: ['--no-sandbox'] });
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  return { browser, page };
}

// Fetches a resource from inside the logged-in page so cookies are sent along.
async function fetchInPage(page, resourceUrl) {
  // expect: ssrf
  return page.evaluate((url) => fetch(url, { credentials: 'include' }).then((r) => r.text()), resourceUrl);
}

// Adds a tracking pixel to the rendered page before the screenshot is taken.
async function addPixel(page, imageUrl) {
  // expect: ssrf
  await page.evaluate((src) => { const img = document.createElement('img'); img.src = src; document.body.appendChild(img); }, imageUrl);
}

async function notifyFromPage(page, callbackUrl, status) {
  // expect: ssrf
  const handle = await page.evaluateHandle((endpoint, s) => fetch(endpoint, { method: 'POST', body: s }), callbackUrl, status);
  await handle.dispose();
}

async function readPrice(page, selector) {
  await page.waitForSelector(selector);
  return page.$eval(selector, (el) => el.textContent.trim());
}

async function pageTitle(page) {
  return page.evaluate(() => document.title);
}

async function scrollToBottom(page) {
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
}

module.exports = { launchPage, fetchInPage, addPixel, notifyFromPage, readPrice, pageTitle, scrollToBottom };
