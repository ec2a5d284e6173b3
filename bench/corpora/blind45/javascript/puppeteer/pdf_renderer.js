'use strict';

const puppeteer = require('puppeteer');

function fillInvoice(data) {
  document.querySelector('#customer').textContent = data.customer;
  document.querySelector('#total').textContent = data.total;
  window.renderLines(data.lines);
}

function injectToken(token) {
  window.__API_TOKEN__ = token;
}

async function renderInvoice(invoice) {
  const browser = await puppeteer.launch();
  const page = await browser.newPage();
  await page.goto('https://templates.example.com/invoice.html');
  // expect: code-injection
  await page.evaluate(fillInvoice, invoice);
  const pdf = await page.pdf({ format: 'A4' });
  await browser.close();
  return pdf;
}

async function findNode(page, selector) {
  // expect: code-injection
  return page.evaluateHandle((sel) => document.querySelector(sel), selector);
}

async function authenticate(page, session) {
  // expect: code-injection
  await page.evaluateOnNewDocument(injectToken, session.apiToken);
}

async function applyFilters(page, filters) {
  const payload = { query: filters.q, sort: filters.sort || 'date' };
  // expect: code-injection
  await page.evaluate((p) => window.app.search(p.query, p.sort), payload);
}

async function pageTitle(page) {
  return page.evaluate(() => document.title);
}

async function scrollDown(page) {
  await page.evaluate((px) => window.scrollBy(0, px), 800);
}

module.exports = { renderInvoice, findNode, authenticate, applyFilters, pageTitle, scrollDown };
