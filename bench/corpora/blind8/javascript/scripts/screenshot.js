// library: puppeteer
const puppeteer = require('puppeteer');

async function withPage(fn) {
  const browser = await puppeteer.launch({ headless: 'new' });
  try {
    const page = await browser.newPage();
    return await fn(page);
  } finally {
    await browser.close();
  }
}

async function capture(url, selector) {
  return withPage(async (page) => {
    await page.goto(url, { waitUntil: 'networkidle2' });
    const box = await page.$eval(selector, (el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
    return page.screenshot({ clip: box });
  });
}

async function highlight(url, selector) {
  return withPage(async (page) => {
    await page.goto(url);
    await page.evaluate((sel) => {
      document.querySelectorAll(sel).forEach((el) => (el.style.outline = '3px solid red'));
    }, selector);
    return page.screenshot();
  });
}

async function highlightLegacy(url, selector) {
  return withPage(async (page) => {
    await page.goto(url);
    // expect: code-injection
    await page.evaluate(`document.querySelectorAll('${selector}').forEach(el => el.style.outline = '3px solid red')`);
    return page.screenshot();
  });
}

async function injectBanner(url, bannerScript) {
  return withPage(async (page) => {
    await page.goto(url);
    // expect: code-injection
    await page.addScriptTag({ content: bannerScript });
    return page.pdf({ format: 'A4' });
  });
}

module.exports = { capture, highlight, highlightLegacy, injectBanner };
