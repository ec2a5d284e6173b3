'use strict';

const express = require('express');
const router = express.Router();

function renderInvoicePdf(invoice) {
  // expect: no-timeout
  const PDFDocument = require('pdfkit');
  const doc = new PDFDocument();
  doc.text(`Invoice ${invoice.number}`);
  doc.end();
  return doc;
}

function parseSpreadsheet(buffer) {
  // expect: no-timeout
  const XLSX = require('xlsx');
  return XLSX.read(buffer, { type: 'buffer' });
}

function resizeAvatar(file) {
  // expect: no-timeout
  const sharp = require('sharp');
  return sharp(file.buffer).resize(128, 128).toBuffer();
}

function formatDuration(ms) {
  // expect: no-timeout
  const { formatDistanceStrict } = require('date-fns');
  return formatDistanceStrict(0, ms);
}

const zlib = require('zlib');
const crypto = require('crypto');

function compressReport(report) {
  return zlib.gzipSync(Buffer.from(JSON.stringify(report)));
}

function reportEtag(report) {
  return crypto.createHash('sha256').update(report.id + ':' + report.version).digest('hex');
}

router.get('/invoices/:id.pdf', async (req, res) => {
  const invoice = await req.app.locals.invoices.find(req.params.id);
  renderInvoicePdf(invoice).pipe(res);
});

module.exports = { router, parseSpreadsheet, resizeAvatar, formatDuration, compressReport, reportEtag };
