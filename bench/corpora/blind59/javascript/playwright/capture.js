'use strict';

const path = require('path');
const { chromium } = require('playwright');

const STEALTH = () => {
  Object.defineProperty(navigator, 'webdriver', { get: () => undefined });
};

// Capture jobs come from the queue; each job carries the customer's own setup script.
async function capture(job) {
  const browser = await chromium.launch();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });

  // expect: code-injection
  await context.addInitScript(job.setupScript);

  const page = await context.newPage();
  // expect: code-injection
  await page.addInitScript({ content: `window.__EXPERIMENTS__ = ${job.experiments};` });

  if (job.scriptPath) {
    // expect: code-injection
    await page.addInitScript({ path: job.scriptPath });
  }

  await page.goto(job.url, { waitUntil: 'load' });
  const shot = await page.screenshot({ fullPage: true });
  await browser.close();
  return shot;
}

async function withConsent(context, consentSnippet) {
  const snippet = consentSnippet.trim();
  // expect: code-injection
  await context.addInitScript(snippet);
}

// Look-alikes: our own functions and a bundled file.
async function hardened(context) {
  await context.addInitScript(STEALTH);
  await context.addInitScript((locale) => {
    Object.defineProperty(navigator, 'language', { get: () => locale });
  }, 'en-GB');
  await context.addInitScript({ path: path.join(__dirname, 'preload', 'consent-banner-off.js') });
}

module.exports = { capture, withConsent, hardened };
