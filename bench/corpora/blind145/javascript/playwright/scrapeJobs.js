'use strict';

const { chromium } = require('playwright');
const log = require('./log');

async function withPage(fn) {
  const browser = await chromium.launch();
  try {
    const page = await browser.newPage();
    return await fn(page);
  } finally {
    await browser.close();
  }
}

async function pageTitle(url) {
  return withPage(async (page) => {
    await page.goto(url);
    return page.evaluate(() => document.title);
  });
}

async function textOf(url, selector) {
  return withPage(async (page) => {
    await page.goto(url);
    return page.evaluate((sel) => document.querySelector(sel).textContent, selector);
  });
}

async function runExtractor(job) {
  log.info('extractor', job.id);
  return withPage(async (page) => {
    await page.goto(job.url);
    // expect: ssrf
    return page.evaluate(job.extractorSource);
  });
}

async function countLinks(url) {
  return withPage(async (page) => {
    await page.goto(url);
    return page.evaluate('document.querySelectorAll("a").length');
  });
}

async function withConfig(url, rawConfig) {
  return withPage(async (page) => {
    await page.goto(url);
    // expect: ssrf
    await page.evaluate('window.__APP_CONFIG__ = ' + rawConfig);
    return page.content();
  });
}

async function handleFor(url, expression) {
  return withPage(async (page) => {
    await page.goto(url);
    // expect: ssrf
    const handle = await page.evaluateHandle(`(() => ${expression})()`);
    return handle.jsonValue();
  });
}

module.exports = { pageTitle, textOf, runExtractor, countLinks, withConfig, handleFor };
