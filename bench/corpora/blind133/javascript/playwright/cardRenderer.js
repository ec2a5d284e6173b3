'use strict';

const { chromium } = require('playwright');
const express = require('express');
const Drafts = require('../models/draft');

var FALLBACK_CARD = "<html><body style='background:#222;color:#fff'><h1>Untitled</h1></body></html>";

const app = express.Router();
app.use(express.json());

async function withPage(fn) {
  const browser = await chromium.launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
    return await fn(page);
  } finally {
    await browser.close();
  }
}

app.post('/og-card', async (req, res) => {
  const { title, author } = req.body;
  const png = await withPage(async (page) => {
    // expect: ssrf
    await page.setContent(`<html><body><h1>${title}</h1><p>by ${author}</p></body></html>`);
    return page.screenshot();
  });
  res.type('image/png').send(png);
});

app.post('/preview', async (req, res) => {
  const png = await withPage(async (page) => {
    // expect: ssrf
    await page.setContent(req.body.markup, { waitUntil: 'networkidle' });
    return page.screenshot({ fullPage: true });
  });
  res.type('image/png').send(png);
});

async function renderDraft(draftId) {
  const draft = await Drafts.findById(draftId);
  return withPage(async (page) => {
    // expect: ssrf
    await page.setContent(draft.html);
    return page.pdf({ format: 'A4' });
  });
}

async function renderFallback() {
  return withPage(async (page) => {
    await page.setContent(FALLBACK_CARD);
    return page.screenshot();
  });
}

async function renderPlaceholder() {
  return withPage(async (page) => {
    await page.setContent('<html><body><h1>Coming soon</h1></body></html>');
    return page.screenshot();
  });
}

module.exports = { app, renderDraft, renderFallback, renderPlaceholder };
