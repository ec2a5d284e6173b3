'use strict';

// Snapshot service for the SEO tool (PhantomJS). It runs in the office network next to the admin panels.
const express = require('express');
const phantom = require('phantom');
const escapeHtml = require('escape-html');

const app = express();
app.use(express.json({ limit: '1mb' }));

const PUBLIC_BASE = 'https://www.shopfront.io';

async function withPage(fn) {
  const instance = await phantom.create(['--ignore-ssl-errors=no', '--load-images=yes']);
  try {
    const page = await instance.createPage();
    await page.property('viewportSize', { width: 1280, height: 800 });
    return await fn(page);
  } finally {
    await instance.exit();
  }
}

app.get('/snapshot', async function (req, res) {
  const png = await withPage(async (page) => {
    // expect: ssrf
    await page.open(req.query.url);
    return page.renderBase64('PNG');
  });
  res.type('image/png').send(Buffer.from(png, 'base64'));
});

app.get('/snapshot/product/:id', async function (req, res) {
  const id = parseInt(req.params.id, 10);
  if (!Number.isInteger(id)) {
    return res.sendStatus(400);
  }
  const png = await withPage(async (page) => {
    await page.open(PUBLIC_BASE + '/products/' + id);
    return page.renderBase64('PNG');
  });
  return res.type('image/png').send(Buffer.from(png, 'base64'));
});

app.post('/snapshot/html', async function (req, res) {
  const png = await withPage(async (page) => {
    // The marketing team pastes landing-page drafts here; any logged-in customer can call it too.
    // expect: ssrf
    await page.property('content', req.body.html);
    return page.renderBase64('PNG');
  });
  res.type('image/png').send(Buffer.from(png, 'base64'));
});

app.post('/snapshot/quote', async function (req, res) {
  const html = '<blockquote>' + escapeHtml(String(req.body.text || '')) + '</blockquote>';
  const png = await withPage(async (page) => {
    await page.property('content', '<html><body style="font:24px serif">' + html + '</body></html>');
    return page.renderBase64('PNG');
  });
  res.type('image/png').send(Buffer.from(png, 'base64'));
});

module.exports = app;
