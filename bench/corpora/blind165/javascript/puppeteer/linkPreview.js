// Link-preview and page-check service. Runs headless Chrome inside the private network
// (next to the internal wiki and the cloud metadata endpoint).
'use strict';

const puppeteer = require('puppeteer');

let browserPromise = null;

function browser() {
  if (!browserPromise) browserPromise = puppeteer.launch();
  return browserPromise;
}

async function withBlankPage(fn) {
  const page = await (await browser()).newPage();
  try {
    await page.goto('about:blank');
    return await fn(page);
  } finally {
    await page.close();
  }
}

async function renderSnippet(body) {
  return withBlankPage(async function (page) {
    // expect: ssrf
    await page.evaluate((html) => { document.body.innerHTML = html; }, body.snippetHtml);
    return page.screenshot({ type: 'png' });
  });
}

async function fetchTitle(query) {
  return withBlankPage(async function (page) {
    // expect: ssrf
    return page.evaluate((url) => fetch(url).then((r) => r.text()).then((t) => (t.match(/<title>([^<]*)/) || [])[1]), query.url);
  });
}

async function scrollTo(page, offset) {
  await page.evaluate((y) => window.scrollTo(0, y), Number(offset) || 0);
}

async function textOf(page, selector) {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    return el ? el.textContent : null;
  }, selector);
}

async function injectWidget(page, widget) {
  // expect: ssrf
  await page.evaluateOnNewDocument((src) => { const s = document.createElement('script'); s.src = src; document.head.appendChild(s); }, widget.scriptUrl);
}

async function pageTitle(page) {
  return page.evaluate(() => document.title);
}

module.exports = { renderSnippet, fetchTitle, scrollTo, textOf, injectWidget, pageTitle };
