'use strict';

// Monthly statement PDFs. Statements are rendered from our own template; the
// "custom footer" is HTML that each business account can set in its settings.
// The renderer runs in the reporting VPC, which can reach the internal APIs.

const { chromium } = require('playwright');
const { renderStatementHtml } = require('./statementTemplate');
const { escapeHtml } = require('../lib/escapeHtml');

const MAINTENANCE_HTML = '<html><body><h1>Statements are being prepared</h1></body></html>';

async function withPage(fn) {
  const browser = await chromium.launch();
  try {
    const page = await browser.newPage();
    return await fn(page);
  } finally {
    await browser.close();
  }
}

function footerHtml(account) {
  return `<footer class="legal">${escapeHtml(account.legalName)} - ${escapeHtml(account.vatNumber || '')}</footer>`;
}

async function renderStatement(account, statement) {
  return withPage(async (page) => {
    const html = renderStatementHtml(statement) + footerHtml(account);
    await page.setContent(html, { waitUntil: 'networkidle' });
    return page.pdf({ format: 'A4', printBackground: true });
  });
}

async function renderWithCustomFooter(account, statement) {
  return withPage(async (page) => {
    const body = renderStatementHtml(statement);
    // expect: ssrf
    await page.setContent(body + account.customFooterHtml, { waitUntil: 'networkidle' });
    return page.pdf({ format: 'A4', printBackground: true });
  });
}

async function renderPlaceholder() {
  return withPage(async (page) => {
    await page.setContent('<html><body><p>No statement this month.</p></body></html>');
    return page.pdf({ format: 'A4' });
  });
}

async function renderMaintenance() {
  return withPage(async (page) => {
    await page.setContent(MAINTENANCE_HTML);
    return page.pdf({ format: 'A4' });
  });
}

module.exports = { renderStatement, renderWithCustomFooter, renderPlaceholder, renderMaintenance };
