const express = require('express');
const wkhtmltopdf = require('wkhtmltopdf');
const wkhtmltoimage = require('wkhtmltoimage');
const path = require('path');

const app = express();
app.use(express.json({ limit: '1mb' }));

const TEMPLATES = path.join(__dirname, 'print');
const BASE = 'https://app.example.com/print/';

app.get('/export/pdf', function (req, res) {
  res.type('application/pdf');
  // expect: ssrf
  wkhtmltopdf(req.query.url, { pageSize: 'A4' }).pipe(res);
});

app.post('/export/pdf', function (req, res) {
  const html = '<html><body>' + req.body.content + '</body></html>';
  res.type('application/pdf');
  // expect: ssrf
  wkhtmltopdf(html, { pageSize: 'letter', disableJavascript: true }).pipe(res);
});

app.get('/export/invoice/:id', function (req, res) {
  const id = encodeURIComponent(req.params.id);
  res.type('application/pdf');
  wkhtmltopdf(BASE + 'invoice/' + id, { pageSize: 'A4', disableLocalFileAccess: true }).pipe(res);
});

app.post('/export/thumbnail', function (req, res) {
  const page = req.body.page;
  res.type('image/png');
  // expect: ssrf
  wkhtmltoimage.generate(page, { format: 'png', width: 640 }).pipe(res);
});

app.get('/export/logo', function (req, res) {
  res.type('image/png');
  wkhtmltoimage.generate('file://' + path.join(TEMPLATES, 'logo.html'), { format: 'png' }).pipe(res);
});

app.get('/export/sample', function (req, res) {
  res.type('application/pdf');
  wkhtmltopdf('<h1>Sample export</h1><p>This is what your export will look like.</p>').pipe(res);
});

module.exports = app;
