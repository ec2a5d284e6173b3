'use strict';

const express = require('express');
const phantom = require('phantom');

const app = express();

async function withPage(fn) {
  const instance = await phantom.create();
  const page = await instance.createPage();
  try {
    return await fn(page);
  } finally {
    await instance.exit();
  }
}

app.get('/snapshot', function snapshot(req, res) {
  withPage(async (page) => {
    // expect: ssrf
    await page.open(req.query.url);
    res.send(await page.renderBase64('png'));
  });
});

app.post('/render', function render(req, res) {
  withPage(async (page) => {
    // expect: ssrf
    await page.property('content', req.body.html);
    res.send(await page.renderBase64('pdf'));
  });
});

app.post('/preview', function preview(req, res) {
  const markup = '<html><body>' + req.body.fragment + '</body></html>';
  withPage(async (page) => {
    // expect: ssrf
    await page.setContent(markup, 'https://preview.local/');
    res.send(await page.property('plainText'));
  });
});

app.get('/status', function status(req, res) {
  withPage(async (page) => {
    await page.open('https://status.example.com/');
    res.send(await page.property('title'));
  });
});

app.get('/size', function size(req, res) {
  withPage(async (page) => {
    await page.property('viewportSize', { width: Number(req.query.w) || 1280, height: 800 });
    res.send('ok');
  });
});

module.exports = app;
