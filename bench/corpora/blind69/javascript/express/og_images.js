'use strict';

const express = require('express');
const wkhtmltoimage = require('wkhtmltoimage');
const wkhtmltopdf = require('wkhtmltopdf');

const app = express();
app.use(express.json({ limit: '2mb' }));

const IMG_OPTS = { format: 'png', width: 1200, height: 630 };
const SITE = 'https://blog.example.com';

app.get('/og', function ogImage(req, res) {
  res.type('png');
  // expect: ssrf
  wkhtmltoimage.generate(req.query.url, IMG_OPTS).pipe(res);
});

app.post('/og/html', function ogFromHtml(req, res) {
  const html = `<html><body style="font-family:sans-serif"><h1>${req.body.title}</h1></body></html>`;
  res.type('png');
  // expect: ssrf
  wkhtmltoimage.generate(html, IMG_OPTS).pipe(res);
});

app.get('/export/pdf', function exportPdf(req, res) {
  const target = req.query.page;
  res.type('pdf');
  // expect: ssrf
  wkhtmltopdf(target, { pageSize: 'A4' }).pipe(res);
});

app.post('/export/pdf', function exportPdfBody(req, res) {
  res.type('pdf');
  // expect: ssrf
  wkhtmltopdf(req.body.content, req.body.options).pipe(res);
});

app.get('/og/post/:slug', function ogForPost(req, res) {
  // Safe: a fixed host; the slug is encoded into the path.
  const url = SITE + '/posts/' + encodeURIComponent(req.params.slug) + '?og=1';
  res.type('png');
  wkhtmltoimage.generate(url, IMG_OPTS).pipe(res);
});

app.get('/export/terms.pdf', function terms(req, res) {
  // Safe: a constant page.
  res.type('pdf');
  wkhtmltopdf('https://blog.example.com/terms', { pageSize: 'A4' }).pipe(res);
});

module.exports = app;
