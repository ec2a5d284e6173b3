'use strict';

const { chromium } = require('playwright');
const path = require('path');

let browser;
async function getBrowser() {
  browser = browser || (await chromium.launch());
  return browser;
}

// Site owners can attach a "setup script" (consent banners, feature flags) to each preview.
async function renderPreview(site) {
  const context = await (await getBrowser()).newContext({ viewport: { width: 1280, height: 800 } });
  // expect: ssrf
  await context.addInitScript(site.setupScript);
  const page = await context.newPage();
  await page.goto(site.url, { waitUntil: 'networkidle' });
  const shot = await page.screenshot({ fullPage: true });
  await context.close();
  return shot;
}

async function handlePreviewRequest(req, res) {
  const context = await (await getBrowser()).newContext();
  const page = await context.newPage();
  // expect: ssrf
  await page.addInitScript({ content: req.body.initScript });
  await page.goto('https://app.example.test/embed/' + encodeURIComponent(req.params.id));
  res.type('png').send(await page.screenshot());
  await context.close();
}

async function abTestPreview(variant) {
  const context = await (await getBrowser()).newContext();
  const flags = `window.__FLAGS__ = { variant: '${variant.name}', copy: '${variant.headline}' };`;
  // expect: ssrf
  await context.addInitScript(flags);
  const page = await context.newPage();
  await page.goto(variant.pageUrl);
  return page;
}

async function stealthContext() {
  const context = await (await getBrowser()).newContext();
  await context.addInitScript({ path: path.join(__dirname, 'scripts', 'stealth.js') });
  await context.addInitScript(() => {
    Object.defineProperty(navigator, 'webdriver', { get: () => undefined });
  });
  await context.addInitScript('window.__E2E__ = true;');
  return context;
}

async function seededRandom(context, seed) {
  await context.addInitScript(function (s) {
    Math.random = function () { s = (s * 16807) % 2147483647; return s / 2147483647; };
  }, Number(seed) || 1);
}

module.exports = { renderPreview, handlePreviewRequest, abTestPreview, stealthContext, seededRandom };
