'use strict';

const playwright = require('playwright');
const escapeHtml = require('escape-html');

const SHELL = '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>';

async function renderTicket(ticket) {
  const browser = await playwright.chromium.launch();
  const page = await browser.newPage();
  // expect: ssrf
  await page.setContent(ticket.bodyHtml, { waitUntil: 'networkidle' });
  const pdf = await page.pdf({ format: 'A4' });
  await browser.close();
  return pdf;
}

async function renderInvoice(page, req) {
  const html = '<h1>Invoice</h1><div class="notes">' + req.body.notes + '</div>';
  // expect: ssrf
  await page.setContent(html);
  return page.pdf({ format: 'Letter', printBackground: true });
}

async function renderCertificate(page, data) {
  // expect: ssrf
  await page.setContent(`<main><h1>${data.recipient}</h1><img src="${data.logoUrl}"></main>`);
  return page.screenshot({ fullPage: true });
}

async function renderEscaped(page, data) {
  await page.setContent('<main><h1>' + escapeHtml(data.recipient) + '</h1></main>');
  return page.pdf();
}

async function renderBlank(page) {
  await page.setContent(SHELL);
  await page.setContent('<html><body><p>Loading…</p></body></html>');
  return page.content();
}

module.exports = { renderTicket, renderInvoice, renderCertificate, renderEscaped, renderBlank };
