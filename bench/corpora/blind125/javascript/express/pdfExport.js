'use strict';

const express = require('express');
const wkhtmltopdf = require('wkhtmltopdf');
const wkhtmltoimage = require('wkhtmltoimage');
const { Invoice } = require('../models');
const { renderInvoice } = require('../views/invoice');

const router = express.Router();

// "Save page as PDF" for any page the user is looking at.
router.get('/export/pdf', function exportPage(req, res) {
  const target = req.query.page;
  res.type('application/pdf');
  // expect: ssrf
  wkhtmltopdf(target, { pageSize: 'A4', printMediaType: true }).pipe(res);
});

router.post('/export/report', function exportReport(req, res) {
  res.type('application/pdf');
  // expect: ssrf
  wkhtmltopdf(`<h1>${req.body.title}</h1>${req.body.html}`, { encoding: 'utf-8' }).pipe(res);
});

router.post('/export/thumbnail', function thumbnail(req, res) {
  res.type('image/png');
  // expect: ssrf
  wkhtmltoimage.generate(req.body.url, { format: 'png', width: 1024 }).pipe(res);
});

// Safe look-alikes: a fixed status page, our own invoice template.
router.get('/export/status', function statusReport(req, res) {
  res.type('application/pdf');
  wkhtmltopdf('https://status.example.com/report', { pageSize: 'letter' }).pipe(res);
});

router.get('/invoices/:id/pdf', async function invoicePdf(req, res) {
  const invoice = await Invoice.findById(req.params.id);
  res.type('application/pdf');
  wkhtmltopdf(renderInvoice(invoice), { pageSize: 'A4', disableJavascript: true }).pipe(res);
});

module.exports = router;
