'use strict';

const { chromium } = require('playwright');
const path = require('path');

const STEALTH_SCRIPT = path.join(__dirname, 'scripts', 'stealth.js');

async function renderWithUserScript(job) {
  const browser = await chromium.launch();
  const context = await browser.newContext();
  const page = await context.newPage();
  // expect: code-injection
  await page.addInitScript(job.userScript);
  await page.goto(job.url);
  const html = await page.content();
  await browser.close();
  return html;
}

async function newContextWithConfig(browser, tenant) {
  const context = await browser.newContext({ locale: tenant.locale });
  // expect: code-injection
  await context.addInitScript(`window.__TENANT_CONFIG__ = ${tenant.configSource};`);
  return context;
}

async function applyExtensions(context, extensions) {
  for (const ext of extensions) {
    // expect: code-injection
    await context.addInitScript({ content: ext.source });
  }
}

async function preloadFromUpload(page, upload) {
  // expect: code-injection
  await page.addInitScript({ path: upload.storedPath });
}

async function hardenContext(context, flags) {
  await context.addInitScript({ path: STEALTH_SCRIPT });
  await context.addInitScript(() => {
    Object.defineProperty(navigator, 'webdriver', { get: () => false });
  });
  await context.addInitScript((f) => { window.__FLAGS__ = f; }, flags);
  await context.addInitScript('window.__E2E__ = true;');
}

module.exports = { renderWithUserScript, newContextWithConfig, applyExtensions, preloadFromUpload, hardenContext };
