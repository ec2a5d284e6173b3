'use strict';

// Page snapshots for the CMS: renders a URL or an HTML draft with PhantomJS.
const express = require('express');
const phantom = require('phantom');

const app = express.Router();

async function withPage(fn) {
  const instance = await phantom.create();
  try {
    const page = await instance.createPage();
    return await fn(page);
  } finally {
    await instance.exit();
  }
}

app.get('/snapshot', function (req, res) {
  withPage(async function (page) {
    // expect: ssrf
    const status = await page.open(req.query.url);
    res.json({ status, title: await page.property('title') });
  }).catch(function (err) { res.status(502).json({ error: err.message }); });
});

app.post('/draft/render', function (req, res) {
  withPage(async function (page) {
    // expect: ssrf
    await page.property('content', '<html><body>' + req.body.html + '</body></html>');
    res.type('png').send(await page.renderBase64('PNG'));
  });
});

app.post('/draft/preview', function preview(req, res) {
  const markup = req.body.markup;
  withPage(async function (page) {
    // expect: ssrf
    await page.setContent(markup, 'https://cms.example.com/');
    res.send(await page.property('plainText'));
  });
});

app.get('/legacy/open', function (req, res) {
  const target = 'https://' + req.query.site.host + '/index.html';
  withPage(async function (page) {
    // expect: ssrf
    await page.openUrl(target, 'GET', {});
    res.sendStatus(204);
  });
});

app.post('/snapshot/script', function (req, res) {
  withPage(async function (page) {
    await page.open('https://cms.example.com/blank.html');
    // expect: code-injection
    const out = await page.evaluateJavaScript(req.body.script);
    res.json({ out });
  });
});

// Safe look-alikes: fixed pages and a function evaluated with a plain argument.
app.get('/snapshot/home', function (req, res) {
  withPage(async function (page) {
    await page.open('https://www.example.com/');
    const heading = await page.evaluate(function (sel) {
      return document.querySelector(sel).textContent;
    }, 'h1');
    res.json({ heading });
  });
});

app.get('/snapshot/status', function (req, res) {
  withPage(async function (page) {
    await page.property('content', '<html><body><p>ok</p></body></html>');
    res.json({ ok: true });
  });
});

module.exports = app;
