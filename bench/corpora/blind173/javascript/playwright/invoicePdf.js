'use strict';

// PDF worker: runs inside the billing VPC next to the internal ledger API.
const { chromium } = require('playwright');
const express = require('express');
const escapeHtml = require('escape-html');

const app = express();
app.use(express.json({ limit: '2mb' }));

let browserPromise = null;
function browser() {
  if (!browserPromise) {
    browserPromise = chromium.launch({ headless: true });
  }
  return browserPromise;
}

function invoiceHtml(invoice) {
  const lines = invoice.lines
    .map((l) => `<tr><td>${escapeHtml(l.description)}</td><td>${Number(l.amount).toFixed(2)}</td></tr>`)
    .join('');
  return `<!doctype html><html><body><h1>Invoice ${escapeHtml(invoice.number)}</h1><table>${lines}</table></body></html>`;
}

async function renderPdf(html) {
  const page = await (await browser()).newPage();
  try {
    await page.setContent(html, { waitUntil: 'networkidle' });
    return await page.pdf({ format: 'A4' });
  } finally {
    await page.close();
  }
}

app.post('/pdf/invoice', async (req, res) => {
  const pdf = await renderPdf(invoiceHtml(req.body));
  res.type('application/pdf').send(pdf);
});

// Customers may upload their own letterhead HTML; it is rendered as given.
app.post('/pdf/custom', async (req, res) => {
  const page = await (await browser()).newPage();
  try {
    // expect: ssrf
    await page.setContent(req.body.html, { waitUntil: 'networkidle' });
    const pdf = await page.pdf({ format: 'A4' });
    res.type('application/pdf').send(pdf);
  } finally {
    await page.close();
  }
});

app.get('/pdf/health', async (req, res) => {
  const page = await (await browser()).newPage();
  await page.setContent('<p>ok</p>');
  await page.close();
  res.send('ok');
});

module.exports = app;
