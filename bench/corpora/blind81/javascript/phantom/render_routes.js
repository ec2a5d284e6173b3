'use strict';

const express = require('express');
const phantom = require('phantom');

const app = express();
app.use(express.json());

async function openPage() {
  const instance = await phantom.create(['--ignore-ssl-errors=no', '--load-images=no']);
  const page = await instance.createPage();
  return { instance, page };
}

app.get('/render', async function render(req, res) {
  const { instance, page } = await openPage();
  // expect: ssrf
  const status = await page.open(req.query.url);
  const content = await page.property('content');
  await instance.exit();
  res.json({ status, length: content.length });
});

app.post('/render/html', async function renderHtml(req, res) {
  const { instance, page } = await openPage();
  // expect: ssrf
  await page.setContent(req.body.html, 'https://render.example.com/');
  const png = await page.renderBase64('PNG');
  await instance.exit();
  res.type('image/png').send(Buffer.from(png, 'base64'));
});

app.post('/render/template', async function renderTemplate(req, res) {
  const { instance, page } = await openPage();
  // expect: ssrf
  await page.property('content', '<html><body>' + req.body.snippet + '</body></html>');
  await instance.exit();
  res.sendStatus(204);
});

app.get('/render/probe', async function probe(req, res) {
  const { instance, page } = await openPage();
  const target = 'https://' + req.query.host + '/status';
  // expect: ssrf
  await page.openUrl(target, 'GET', {});
  // expect: ssrf
  const title = await page.evaluateJavaScript(req.query.script);
  await instance.exit();
  res.json({ title });
});

app.get('/render/home', async function home(req, res) {
  const { instance, page } = await openPage();
  await page.open('https://www.example.com/');
  const title = await page.evaluateJavaScript('function () { return document.title; }');
  await instance.exit();
  res.json({ title, lang: req.query.lang });
});

module.exports = app;
