'use strict';

// Runs customer-defined "extraction scripts" against pages in headless Chrome.
const puppeteer = require('puppeteer');

async function extract(job) {
  const browser = await puppeteer.launch({ headless: 'new' });
  const page = await browser.newPage();
  await page.goto('https://shop.example.com/catalog');
  // expect: code-injection
  const result = await page.evaluate(job.script);
  await browser.close();
  return result;
}

async function selectorCount(page, selector) {
  // expect: code-injection
  return page.evaluate('document.querySelectorAll("' + selector + '").length');
}

async function preparePage(page, settings) {
  // expect: code-injection
  await page.evaluateOnNewDocument(`window.__FLAGS__ = ${settings.flagsJs};`);
}

class ElementProbe {
  constructor(page) {
    this.page = page;
  }

  async handleFor(expression) {
    // expect: code-injection
    return this.page.evaluateHandle(expression);
  }
}

// Safe look-alikes: functions with data passed as arguments, and constant code.
async function textOf(page, selector) {
  return page.evaluate(function (sel) {
    const el = document.querySelector(sel);
    return el ? el.textContent : null;
  }, selector);
}

async function title(page) {
  await page.evaluateOnNewDocument(function () {
    Object.defineProperty(navigator, 'webdriver', { get: () => false });
  });
  return page.evaluate('document.title');
}

module.exports = { extract, selectorCount, preparePage, ElementProbe, textOf, title };
