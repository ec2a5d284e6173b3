const { chromium } = require('playwright');
const fs = require('fs');
const path = require('path');
const logger = require('../lib/logger');

const STEALTH = fs.readFileSync(path.join(__dirname, 'stealth.js'), 'utf8');

async function newContext(browser, site) {
  const context = await browser.newContext({ userAgent: site.userAgent || undefined });
  await context.addInitScript({ path: path.join(__dirname, 'consent-banner.js') });
  await context.addInitScript(() => {
    Object.defineProperty(navigator, 'webdriver', { get: () => false });
  });
  await context.addInitScript(STEALTH);
  if (site.preloadScript) {
    // expect: ssrf
    await context.addInitScript(site.preloadScript);
  }
  return context;
}

async function crawl(site) {
  const browser = await chromium.launch();
  try {
    const context = await newContext(browser, site);
    const page = await context.newPage();
    // expect: ssrf
    await page.addInitScript(`window.__CRAWL_CONFIG__ = ${site.configJson};`);
    await page.goto(site.startUrl, { waitUntil: 'domcontentloaded' });
    return await page.content();
  } finally {
    await browser.close();
  }
}

async function crawlWithHook(job) {
  const browser = await chromium.launch();
  const context = await browser.newContext();
  const hook = job.request.body.hook;
  // expect: ssrf
  await context.addInitScript(hook);
  const page = await context.newPage();
  await page.goto(job.url);
  logger.info('crawled %s', job.url);
  await browser.close();
}

async function smoke() {
  const browser = await chromium.launch();
  const page = await browser.newPage();
  await page.addInitScript('window.__SMOKE__ = true;');
  await page.goto('https://www.example.com/');
  await browser.close();
}

module.exports = { crawl, crawlWithHook, smoke };
