// library: express + wkhtmltopdf / wkhtmltoimage
const express = require('express');
const wkhtmltopdf = require('wkhtmltopdf');
const wkhtmltoimage = require('wkhtmltoimage');
const escapeHtml = require('escape-html');

const app = express();
const INVOICE_URL = 'https://app.example.com/invoices/';

app.get('/export', (req, res) => {
  res.type('application/pdf');
  // expect: ssrf
  wkhtmltopdf(req.query.url, { pageSize: 'A4' }).pipe(res);
});

app.get('/invoices/:id.pdf', (req, res) => {
  res.type('application/pdf');
  wkhtmltopdf(INVOICE_URL + encodeURIComponent(req.params.id), { pageSize: 'A4' }).pipe(res);
});

app.post('/certificate', express.json(), (req, res) => {
  res.type('application/pdf');
  const html = `<h1>Certificate</h1><p>Awarded to ${escapeHtml(req.body.name)}</p>`;
  wkhtmltopdf(html, { orientation: 'Landscape' }).pipe(res);
});

app.post('/thumbnail', express.json(), (req, res) => {
  res.type('image/png');
  // expect: ssrf
  wkhtmltoimage.generate(req.body.pageUrl, { width: 320 }).pipe(res);
});

app.post('/letter', express.json(), (req, res) => {
  res.type('application/pdf');
  // expect: ssrf
  wkhtmltopdf(`<html><body>${req.body.body}</body></html>`).pipe(res);
});

module.exports = app;
