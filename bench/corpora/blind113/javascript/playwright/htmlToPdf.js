'use strict';

const { chromium } = require('playwright');

// PDF rendering worker: jobs arrive from the queue with HTML built by the
// reporting service from customer-supplied content.

async function withPage(fn) {
  const browser = await chromium.launch();
  try {
    const page = await browser.newPage();
    return await fn(page);
  } finally {
    await browser.close();
  }
}

async function renderJob(job) {
  return withPage(async (page) => {
    // expect: ssrf
    await page.setContent(job.html, { waitUntil: 'networkidle' });
    return page.pdf({ format: 'A4', printBackground: true });
  });
}

async function renderLetter(letter) {
  const html = `<html><body><h1>${letter.subject}</h1>${letter.bodyHtml}</body></html>`;
  return withPage(async (page) => {
    // expect: ssrf
    await page.setContent(html);
    return page.pdf({ format: 'Letter' });
  });
}

async function renderCard(page, card) {
  // expect: ssrf
  await page.setContent('<div class="card">' + card.markup + '</div>', { timeout: 10000 });
  return page.screenshot({ type: 'png' });
}

async function renderBlank() {
  return withPage(async (page) => {
    await page.setContent('<html><body><p>No data for this period.</p></body></html>');
    return page.pdf({ format: 'A4' });
  });
}

var PLACEHOLDER = '<html><body>Preparing your document...</body></html>';

async function warmUp(page) {
  await page.setContent(PLACEHOLDER);
}

module.exports = { renderJob, renderLetter, renderCard, renderBlank, warmUp };
