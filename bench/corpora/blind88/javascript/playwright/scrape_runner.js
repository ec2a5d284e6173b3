'use strict';

const { chromium } = require('playwright');
const { nextJob, completeJob } = require('./queue');
const { openCheckedPage } = require('./navigation');

const SCROLL_TO_END = 'window.scrollTo(0, document.body.scrollHeight)';

// Customers define scrape jobs in the dashboard: a start URL, a CSS selector and
// optionally a JavaScript "extractor" that runs in the page.
async function runJob(browser, job) {
  const page = await openCheckedPage(browser, job.startUrl);
  await page.evaluate(SCROLL_TO_END);
  await page.evaluate('window.scrollTo(0, 0)');

  const texts = await page.evaluate(
    (sel) => Array.from(document.querySelectorAll(sel), (el) => el.textContent.trim()),
    job.selector,
  );

  let extracted = null;
  if (job.extractor) {
    // expect: code-injection
    extracted = await page.evaluate(job.extractor);
  }

  // expect: code-injection
  const handle = await page.evaluateHandle(`document.querySelectorAll('${job.selector}').length`);
  const count = await handle.jsonValue();

  const title = await page.evaluate(() => document.title);
  await page.close();
  return { texts, extracted, count, title };
}

async function runFrameProbe(page, probe) {
  const frame = page.frames().find((f) => f.url().includes(probe.frameUrlPart));
  if (!frame) return null;
  // expect: code-injection
  return frame.evaluate('(() => { ' + probe.body + ' })()');
}

async function main() {
  const browser = await chromium.launch();
  for (let job = await nextJob(); job; job = await nextJob()) {
    const result = await runJob(browser, job);
    await completeJob(job.id, result);
  }
  await browser.close();
}

module.exports = { runJob, runFrameProbe, main };
