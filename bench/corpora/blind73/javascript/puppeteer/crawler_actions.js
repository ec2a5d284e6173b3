'use strict';

const puppeteer = require('puppeteer');
const { assertPublicHttpsUrl } = require('./url_guard');

// Crawl jobs are configured by customers in the monitoring dashboard: a start URL, optional
// setup code, and "steps" that click or read elements.

async function runJob(job) {
  const browser = await puppeteer.launch({ headless: 'new' });
  const page = await browser.newPage();
  try {
    if (job.preload) {
      // expect: code-injection
      await page.evaluateOnNewDocument(job.preload);
    }
    await page.goto(assertPublicHttpsUrl(job.startUrl), { waitUntil: 'domcontentloaded' });

    if (job.script) {
      // expect: code-injection
      await page.evaluate(job.script);
    }

    for (const step of job.steps) {
      if (step.type === 'click') {
        // expect: code-injection
        await page.evaluate('document.querySelector("' + step.selector + '").click()');
      } else if (step.type === 'read-global') {
        // expect: code-injection
        const handle = await page.evaluateHandle(`window.${step.globalName}`);
        step.result = await handle.jsonValue();
      } else if (step.type === 'frame-eval') {
        const frame = page.frames().find((f) => f.name() === step.frameName);
        // expect: code-injection
        step.result = await frame.evaluate(step.code);
      }
    }
    return job.steps;
  } finally {
    await browser.close();
  }
}

// Functions run in the page; customer values are passed as arguments.
async function readText(page, selector) {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    return el ? el.textContent : null;
  }, selector);
}

async function pageTitle(page) {
  return page.evaluate(() => document.title);
}

async function scrollToBottom(page) {
  await page.evaluate('window.scrollTo(0, document.body.scrollHeight)');
}

module.exports = { runJob, readText, pageTitle, scrollToBottom };
