'use strict';

// Marketing-site widget screenshots. A worker takes a job from the queue, opens
// the widget preview page and runs the customer's "setup steps" before the shot.
// The browser context is logged in to the internal preview host.

const { chromium } = require('playwright');
const { storageStatePath } = require('./previewSession');

async function openPreview(job) {
  const browser = await chromium.launch();
  const context = await browser.newContext({ storageState: storageStatePath() });
  const page = await context.newPage();
  await page.goto(`https://preview.internal/widgets/${encodeURIComponent(job.widgetId)}`);
  return { browser, page };
}

async function applyTheme(page, theme) {
  // data goes in as an argument, the function body is ours
  await page.evaluate(function (t) {
    document.documentElement.style.setProperty('--accent', t.accent);
    document.body.dataset.theme = t.mode;
  }, theme);
}

async function runSetupSteps(page, job) {
  for (const step of job.setupSteps || []) {
    // each step is a snippet the customer typed in the "before screenshot" box
    // expect: code-injection
    await page.evaluate(step.script);
  }
}

async function hideCookieBanner(page) {
  await page.evaluate('document.querySelector("#cookie-banner")?.remove()');
}

async function measure(page, selector) {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    return el ? el.getBoundingClientRect().toJSON() : null;
  }, selector);
}

async function takeShot(job) {
  const { browser, page } = await openPreview(job);
  try {
    await applyTheme(page, job.theme || { accent: '#222', mode: 'light' });
    await hideCookieBanner(page);
    await runSetupSteps(page, job);
    const box = await measure(page, job.selector || '#widget');
    return await page.screenshot({ clip: box || undefined, type: 'png' });
  } finally {
    await browser.close();
  }
}

module.exports = { takeShot };
