'use strict';
// Worker that replays customer-defined page audits from the job queue.
const path = require('path');
const { chromium } = require('playwright');

async function openContext(job) {
  const browser = await chromium.launch();
  const context = await browser.newContext({ userAgent: 'AuditBot/2.1' });

  await context.addInitScript(() => {
    Object.defineProperty(navigator, 'webdriver', { get: () => undefined });
  });
  await context.addInitScript({ path: path.join(__dirname, 'preload', 'consent-banner.js') });
  await context.addInitScript((seed) => {
    let x = seed;
    Math.random = () => ((x = (x * 16807) % 2147483647) / 2147483647);
  }, 42);

  if (job.setupScript) {
    // expect: code-injection
    await context.addInitScript(job.setupScript);
  }
  return { browser, context };
}

async function runAudit(job) {
  const { browser, context } = await openContext(job);
  const page = await context.newPage();
  const globals = `window.__AUDIT__ = { id: "${job.id}", flags: ${job.flags} };`;
  // expect: code-injection
  await page.addInitScript(globals);
  // expect: code-injection
  await page.addInitScript({ content: job.customerSnippet });
  await page.goto('https://app.example.com/');
  const report = await page.evaluate(() => window.__AUDIT_RESULT__);
  await browser.close();
  return report;
}

function preloadFrom(context, body) {
  const scriptFile = body.preloadPath;
  // expect: code-injection
  return context.addInitScript({ path: scriptFile });
}

module.exports = { runAudit, preloadFrom };
