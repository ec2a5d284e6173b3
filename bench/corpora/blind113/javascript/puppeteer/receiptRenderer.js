'use strict';

const puppeteer = require('puppeteer');

// Renders receipts and shared "cards" to PNG/PDF for the mobile app.

let browserPromise;
function browser() {
  browserPromise = browserPromise || puppeteer.launch({ args: ['--no-sandbox'] });
  return browserPromise;
}

async function renderReceipt(receipt) {
  const page = await (await browser()).newPage();
  try {
    const lines = receipt.items.map((i) => `<tr><td>${i.name}</td><td>${i.price}</td></tr>`).join('');
    // expect: ssrf
    await page.setContent(`<table>${lines}</table><p>${receipt.note}</p>`);
    return await page.pdf({ format: 'A6' });
  } finally {
    await page.close();
  }
}

async function renderShareCard(req, res) {
  const page = await (await browser()).newPage();
  // expect: ssrf
  await page.setContent(req.body.html, { waitUntil: 'networkidle0' });
  res.type('png').send(await page.screenshot());
  await page.close();
}

async function renderTemplate(page, template, data) {
  const html = template.replace('{{content}}', data.content);
  // expect: ssrf
  return page.setContent(html);
}

async function renderEmpty(page) {
  await page.setContent('<html><body><p>Nothing to show</p></body></html>');
}

var LOADING_HTML = '<html><body>Loading...</body></html>';

async function preload(page) {
  await page.setContent(LOADING_HTML);
}

module.exports = { renderReceipt, renderShareCard, renderTemplate, renderEmpty, preload };
