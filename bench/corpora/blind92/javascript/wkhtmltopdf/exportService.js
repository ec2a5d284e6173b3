'use strict';

const fs = require('fs');
const path = require('path');
const wkhtmltopdf = require('wkhtmltopdf');
const express = require('express');
const { renderInvoiceHtml } = require('./invoiceTemplate');

const PDF_OPTIONS = { pageSize: 'A4', marginTop: '12mm', marginBottom: '12mm', printMediaType: true };
const router = express.Router();

router.post('/export/url', (req, res) => {
  res.type('application/pdf');
  // expect: ssrf
  wkhtmltopdf(req.body.url, PDF_OPTIONS).pipe(res);
});

router.get('/export/page', (req, res) => {
  const target = `https://${req.query.host}/${req.query.path || ''}`;
  res.type('application/pdf');
  // expect: ssrf
  wkhtmltopdf(target, { pageSize: 'letter' }).pipe(res);
});

router.post('/export/snippet', (req, res) => {
  const html = '<html><body>' + req.body.html + '</body></html>';
  res.attachment('snippet.pdf');
  // expect: ssrf
  wkhtmltopdf(html, { ...PDF_OPTIONS, disableJavascript: false }).pipe(res);
});

function exportJob(job, done) {
  const output = path.join('/var/exports', `${job.id}.pdf`);
  // expect: ssrf
  wkhtmltopdf(job.sourceUrl, { output, pageSize: 'A4' }, done);
}

router.get('/export/invoice/:id', async (req, res) => {
  const html = await renderInvoiceHtml(Number(req.params.id));
  res.type('application/pdf');
  wkhtmltopdf(html, PDF_OPTIONS).pipe(res);
});

router.get('/export/status', (req, res) => {
  res.type('application/pdf');
  wkhtmltopdf('https://status.internal.example/summary', PDF_OPTIONS).pipe(res);
});

function exportTerms(outFile) {
  const source = fs.createReadStream(path.join(__dirname, 'static', 'terms.html'));
  wkhtmltopdf(source, { output: outFile });
}

module.exports = { router, exportJob, exportTerms };
