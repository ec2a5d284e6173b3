const fs = require('fs');
const path = require('path');
const wkhtmltopdf = require('wkhtmltopdf');
const escapeHtml = require('escape-html');

const OUT_DIR = process.env.PDF_OUT_DIR || '/tmp/pdf';
var STATEMENT_HEADER = '<h1>Monthly statement</h1><p>Generated automatically.</p>';

function renderUploadedHtml(req, res) {
  res.type('application/pdf');
  // expect: ssrf
  wkhtmltopdf(req.body.html, { pageSize: 'A4' }).pipe(res);
}

function snapshotJob(job) {
  const file = path.join(OUT_DIR, `${job.id}.pdf`);
  const url = job.sourceUrl;
  // expect: ssrf
  wkhtmltopdf(url, { output: file, javascriptDelay: 500 });
  return file;
}

function invoiceStream(invoice) {
  // expect: ssrf
  return wkhtmltopdf(`<h1>Invoice ${invoice.number}</h1><div class="notes">${invoice.notes}</div>`, { pageSize: 'letter' });
}

function safeInvoiceStream(invoice) {
  return wkhtmltopdf(`<h1>Invoice ${escapeHtml(invoice.number)}</h1><div class="notes">${escapeHtml(invoice.notes)}</div>`, { pageSize: 'letter' });
}

function statementHeader(out) {
  wkhtmltopdf(STATEMENT_HEADER, { pageSize: 'A4' }).pipe(fs.createWriteStream(out));
}

function internalReport(out) {
  wkhtmltopdf('http://localhost:3000/internal/report', { pageSize: 'A4' }).pipe(fs.createWriteStream(out));
}

module.exports = { renderUploadedHtml, snapshotJob, invoiceStream, safeInvoiceStream, statementHeader, internalReport };
