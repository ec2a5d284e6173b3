'use strict';

const express = require('express');
const puppeteer = require('puppeteer');
const Templates = require('../models/template');

var BLANK_PAGE = "<!doctype html><html><body></body></html>";

const app = express.Router();
app.use(express.json({ limit: '2mb' }));

let browserPromise;
function getBrowser() {
  if (!browserPromise) {
    browserPromise = puppeteer.launch({ args: ['--no-sandbox'] });
  }
  return browserPromise;
}

app.post('/render/pdf', async (req, res) => {
  const browser = await getBrowser();
  const page = await browser.newPage();
  try {
    // expect: ssrf
    await page.setContent(req.body.html, { waitUntil: 'networkidle0' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    res.type('application/pdf').send(pdf);
  } finally {
    await page.close();
  }
});

app.post('/render/letter', async (req, res) => {
  const browser = await getBrowser();
  const page = await browser.newPage();
  const { recipient, note } = req.body;
  // expect: ssrf
  await page.setContent(`<html><body><h1>Dear ${recipient}</h1><div class="note">${note}</div></body></html>`);
  const pdf = await page.pdf({ format: 'Letter' });
  await page.close();
  res.type('application/pdf').send(pdf);
});

async function renderStoredTemplate(templateId) {
  const template = await Templates.findById(templateId);
  const browser = await getBrowser();
  const page = await browser.newPage();
  // expect: ssrf
  await page.setContent(template.body, { waitUntil: 'load' });
  const png = await page.screenshot({ fullPage: true });
  await page.close();
  return png;
}

async function warmUp() {
  const browser = await getBrowser();
  const page = await browser.newPage();
  await page.setContent('<html><body>warm-up</body></html>');
  await page.setContent(BLANK_PAGE);
  await page.setViewport({ width: 1280, height: 800 });
  await page.close();
}

app.get('/render/template/:id', async (req, res) => {
  const png = await renderStoredTemplate(req.params.id);
  res.type('image/png').send(png);
});

warmUp().catch((err) => console.error('warm-up failed', err));

module.exports = app;
