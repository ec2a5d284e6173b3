'use strict';

const puppeteer = require('puppeteer');

async function openPage(url) {
  const browser = await puppeteer.launch({ headless: 'new' });
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return { browser, page };
}

// Runs a customer's "custom step" inside the page while filling a form.
async function runCustomStep(page, stepSource) {
  // expect: code-injection
  return page.evaluate((src) => new Function(src)(), stepSource);
}

async function loadPartnerWidget(page, widgetUrl) {
  await page.evaluate(
    (src) => {
      const s = document.createElement('script');
      s.src = src;
      document.head.appendChild(s);
    },
    // expect: code-injection
    widgetUrl
  );
}

async function renderBanner(page, bannerHtml) {
  // expect: xss
  await page.evaluateHandle((html) => { document.querySelector('#banner').innerHTML = html; }, bannerHtml);
}

async function primeDocument(page, settings) {
  // expect: code-injection
  await page.evaluateOnNewDocument((init) => { eval(init); }, settings.initScript);
}

// Look-alikes: no arguments, a constant selector, and a value written as text.
async function pageTitle(page) {
  return page.evaluate(() => document.title);
}

async function price(page) {
  return page.evaluate((sel) => document.querySelector(sel)?.textContent, '#price');
}

async function typeName(page, name) {
  await page.evaluate((value) => { document.querySelector('#name').value = value; }, String(name));
}

module.exports = { openPage, runCustomStep, loadPartnerWidget, renderBanner, primeDocument, pageTitle, price, typeName };
