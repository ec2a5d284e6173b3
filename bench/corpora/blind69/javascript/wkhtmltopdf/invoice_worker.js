'use strict';

const wkhtmltopdf = require('wkhtmltopdf');
const fs = require('fs');
const path = require('path');
const Queue = require('bull');

const OUT_DIR = process.env.PDF_DIR || '/var/lib/invoices';
var COVER_PAGE = 'http://localhost:3000/internal/cover';
const INTERNAL_BASE = 'http://localhost:3000/internal/invoices/';
const PAGE = { pageSize: 'A4', marginTop: '12mm', marginBottom: '12mm', disableJavascript: true };

const queue = new Queue('pdf-render', process.env.REDIS_URL);

function outFile(jobId) {
  return path.join(OUT_DIR, `${Number(jobId)}.pdf`);
}

queue.process('invoice', async (job) => {
  const { invoiceId } = job.data;
  // Safe: an internal URL with the id encoded into the path.
  const src = INTERNAL_BASE + encodeURIComponent(invoiceId);
  wkhtmltopdf(src, PAGE).pipe(fs.createWriteStream(outFile(job.id)));
});

queue.process('snapshot', async (job) => {
  // expect: ssrf
  wkhtmltopdf(job.data.url, { ...PAGE, javascriptDelay: 500 }).pipe(fs.createWriteStream(outFile(job.id)));
});

queue.process('letter', (job, done) => {
  const { recipient, body, logoUrl } = job.data;
  const html = `<html><body><img src="${logoUrl}"><p>Dear ${recipient},</p>${body}</body></html>`;
  // expect: ssrf
  wkhtmltopdf(html, PAGE, (err) => done(err)).pipe(fs.createWriteStream(outFile(job.id)));
});

queue.process('custom', (job, done) => {
  const options = Object.assign({}, PAGE, job.data.options);
  const stream = wkhtmltopdf(
    // expect: ssrf
    job.data.source,
    options
  );
  stream.on('end', () => done());
  stream.pipe(fs.createWriteStream(outFile(job.id)));
});

async function renderCover(title) {
  // Safe: a constant internal page.
  return wkhtmltopdf(COVER_PAGE, { ...PAGE, title: String(title).slice(0, 80) });
}

function renderFromCli(argv) {
  const target = argv[2];
  // expect: ssrf
  return wkhtmltopdf(target, { output: path.join(OUT_DIR, 'cli.pdf') });
}

module.exports = { queue, renderCover, renderFromCli };
