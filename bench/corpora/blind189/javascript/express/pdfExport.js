'use strict';

const express = require('express');
const wkhtmltopdf = require('wkhtmltopdf');
const { requireUser } = require('../auth/middleware');
const { renderInvoiceHtml } = require('../billing/invoiceHtml');
const invoices = require('../db/invoices');

const app = express.Router();

const PDF_OPTIONS = { pageSize: 'A4', marginTop: '15mm', marginBottom: '15mm', disableJavascript: true };
const PUBLIC_BASE = 'https://www.example.com';

// "Save this page as PDF" button on public pages; the button sends the page URL.
app.get('/export/pdf', function (req, res) {
  res.type('application/pdf');
  // expect: ssrf
  wkhtmltopdf(req.query.url, PDF_OPTIONS).pipe(res);
});

app.get('/invoices/:id/pdf', requireUser, async function (req, res) {
  const invoice = await invoices.findForUser(req.params.id, req.user.id);
  if (!invoice) return res.status(404).end();
  res.type('application/pdf');
  wkhtmltopdf(renderInvoiceHtml(invoice), PDF_OPTIONS).pipe(res);
});

app.get('/docs/:slug/pdf', function (req, res) {
  const slug = String(req.params.slug).replace(/[^a-z0-9-]/g, '');
  res.type('application/pdf');
  wkhtmltopdf(PUBLIC_BASE + '/docs/' + slug, PDF_OPTIONS).pipe(res);
});

module.exports = app;
