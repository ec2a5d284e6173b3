'use strict';

// PDF export for invoices and arbitrary "print this page" requests from the
// billing UI. Runs inside the billing network, next to the internal APIs.

const express = require('express');
const wkhtmltopdf = require('wkhtmltopdf');
const { renderInvoiceHtml } = require('./invoiceTemplate');

const router = express.Router();
const INTERNAL_BASE = 'http://billing-web.internal:8080';
const PDF_OPTIONS = { pageSize: 'A4', marginTop: '12mm', marginBottom: '12mm', disableJavascript: true };

router.get('/invoices/:id.pdf', async (req, res, next) => {
  try {
    const id = parseInt(req.params.id, 10);
    if (!Number.isInteger(id)) {
      return res.status(400).end();
    }
    res.type('application/pdf');
    // our own print view, id is a number
    wkhtmltopdf(`${INTERNAL_BASE}/print/invoices/${id}`, PDF_OPTIONS).pipe(res);
  } catch (err) {
    next(err);
  }
});

router.get('/print', (req, res) => {
  // "print this page": the browser sends the address of the page to print
  const pageUrl = req.query.url;
  res.type('application/pdf');
  // expect: ssrf
  wkhtmltopdf(pageUrl, { pageSize: 'A4' }).pipe(res);
});

router.post('/quotes/preview.pdf', express.json({ limit: '200kb' }), (req, res) => {
  // sales staff paste their own HTML cover letter in the quote editor
  res.type('application/pdf');
  // expect: ssrf
  wkhtmltopdf(req.body.coverHtml, { pageSize: 'A4', enableLocalFileAccess: true }).pipe(res);
});

router.post('/invoices/:id/preview.pdf', express.json(), (req, res) => {
  const id = parseInt(req.params.id, 10);
  const html = renderInvoiceHtml({ id, lines: req.body.lines || [] }); // escapes every field
  res.type('application/pdf');
  wkhtmltopdf(html, PDF_OPTIONS).pipe(res);
});

router.get('/maintenance.pdf', (req, res) => {
  res.type('application/pdf');
  wkhtmltopdf('<h1>Billing is under maintenance</h1>', PDF_OPTIONS).pipe(res);
});

module.exports = router;
