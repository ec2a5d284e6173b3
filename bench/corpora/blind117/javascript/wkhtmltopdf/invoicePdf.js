'use strict';

const fs = require('fs');
const wkhtmltopdf = require('wkhtmltopdf');
const { renderInvoice } = require('./templates');

function exportInvoice(invoice, res) {
  const html = renderInvoice(invoice);
  // expect: ssrf
  wkhtmltopdf(html, { pageSize: 'A4' }).pipe(res);
}

function snapshotPage(req, res) {
  res.setHeader('Content-Type', 'application/pdf');
  // expect: ssrf
  wkhtmltopdf(req.query.url, { pageSize: 'letter', printMediaType: true }).pipe(res);
}

function archiveStatement(statement, outFile) {
  // expect: ssrf
  wkhtmltopdf('<h1>Statement</h1>' + statement.bodyHtml, { output: outFile });
}

function convertUpload(req, res) {
  const markup = req.body;
  // expect: ssrf
  wkhtmltopdf(markup, { encoding: 'utf-8', dpi: 300 }, (code) => res.end(String(code)));
}

function printTermsPage() {
  return wkhtmltopdf('https://docs.example.com/terms', { pageSize: 'A4' })
    .pipe(fs.createWriteStream('terms.pdf'));
}

function printCoverSheet() {
  return wkhtmltopdf('<h1>Cover sheet</h1><p>Internal use</p>', { pageSize: 'A4' });
}

module.exports = { exportInvoice, snapshotPage, archiveStatement, convertUpload, printTermsPage, printCoverSheet };
