'use strict';

const express = require('express');
const phantom = require('phantom');

const app = express();
app.use(express.json({ limit: '2mb' }));

async function withPage(fn) {
  const instance = await phantom.create(['--ignore-ssl-errors=no', '--load-images=yes']);
  try {
    const page = await instance.createPage();
    return await fn(page);
  } finally {
    await instance.exit();
  }
}

app.get('/screenshot', function screenshot(req, res) {
  withPage(async (page) => {
    await page.property('viewportSize', { width: Number(req.query.w) || 1280, height: 800 });
    // expect: ssrf
    const status = await page.open(req.query.url);
    if (status !== 'success') return res.status(502).end();
    res.type('png').send(Buffer.from(await page.renderBase64('PNG'), 'base64'));
  }).catch(() => res.status(500).end());
});

app.post('/render', function render(req, res) {
  withPage(async (page) => {
    // expect: ssrf
    await page.setContent(req.body.html, req.body.baseUrl || 'about:blank');
    res.type('png').send(Buffer.from(await page.renderBase64('PNG'), 'base64'));
  }).catch(() => res.status(500).end());
});

app.post('/render/markup', function markup(req, res) {
  const markupHtml = '<html><body>' + req.body.markup + '</body></html>';
  withPage(async (page) => {
    // expect: ssrf
    await page.property('content', markupHtml);
    res.type('png').send(Buffer.from(await page.renderBase64('PNG'), 'base64'));
  }).catch(() => res.status(500).end());
});

app.get('/preview/:site', function preview(req, res) {
  const target = 'http://' + req.params.site + '.' + req.query.domain;
  withPage(async (page) => {
    // expect: ssrf
    await page.open(target);
    res.json({ title: await page.property('title') });
  }).catch(() => res.status(500).end());
});

app.get('/health/render', function health(req, res) {
  withPage(async (page) => {
    const status = await page.open('https://www.example.com/');
    res.json({ status });
  }).catch(() => res.status(500).end());
});

module.exports = app;
