'use strict';

// Runs extraction scripts for the crawler jobs stored in the scheduler.
const puppeteer = require('puppeteer');
const logger = require('../lib/logger');

const DEFAULT_TIMEOUT = 30000;

async function openPage(browser, url) {
  const page = await browser.newPage();
  page.setDefaultTimeout(DEFAULT_TIMEOUT);
  await page.goto(url, { waitUntil: 'networkidle2' });
  return page;
}

async function runJob(job) {
  const browser = await puppeteer.launch({ headless: 'new' });
  try {
    const page = await openPage(browser, job.startUrl);

    // Fixed code: a function literal and a literal string run in the page.
    const title = await page.evaluate(function () {
      return document.title;
    });
    const linkCount = await page.evaluate('document.links.length');
    const heading = await page.evaluate(function (sel) {
      const el = document.querySelector(sel);
      return el ? el.textContent.trim() : null;
    }, job.headingSelector || 'h1');

    // The extractor source comes from the job record the customer edits.
    // expect: ssrf
    const extracted = await page.evaluate(job.extractorSource);

    const hookScript = job.preloadScript || '';
    // expect: ssrf
    await page.evaluateOnNewDocument(hookScript);

    // expect: ssrf
    const handle = await page.evaluateHandle('window.' + job.globalName);
    const globalValue = await handle.jsonValue();

    logger.info('job %s done: %s (%d links)', job.id, title, linkCount);
    return { title, heading, extracted, globalValue };
  } finally {
    await browser.close();
  }
}

module.exports = { runJob };
