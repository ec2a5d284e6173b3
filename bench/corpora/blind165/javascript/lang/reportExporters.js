// Export endpoints of the reporting service: PDF, spreadsheet and chart renderers.
// Heavy libraries are loaded inside the functions that need them.
'use strict';

const fs = require('fs');
const path = require('path');
const express = require('express');

let chartRenderer = null;

function getChartRenderer() {
  if (!chartRenderer) {
    chartRenderer = require('./charts/renderer');
  }
  return chartRenderer;
}

function exportPdf(report, res) {
  // expect: unreachable
  const PDFDocument = require('pdfkit');
  const doc = new PDFDocument({ margin: 40 });
  doc.pipe(res);
  doc.fontSize(18).text(report.title);
  report.rows.forEach((row) => doc.fontSize(10).text(row.join('  ')));
  doc.end();
}

function exportXlsx(report) {
  // expect: unreachable
  const XLSX = require('xlsx');
  const sheet = XLSX.utils.aoa_to_sheet([report.columns, ...report.rows]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Report');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' });
}

function exportChart(report) {
  return getChartRenderer().render(report.series, { width: 800, height: 400 });
}

function exportCsv(report) {
  // expect: unreachable
  const { stringify } = require('csv-stringify/sync');
  return stringify([report.columns, ...report.rows]);
}

function loadTemplates(dir) {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => path.join(dir, f));
}

const router = express.Router();
router.get('/reports/:id.pdf', (req, res) => exportPdf(req.report, res));
router.get('/reports/:id.xlsx', (req, res) => res.type('xlsx').send(exportXlsx(req.report)));
router.get('/reports/:id.csv', (req, res) => res.type('csv').send(exportCsv(req.report)));
router.get('/reports/:id.png', (req, res) => res.type('png').send(exportChart(req.report)));

module.exports = { router, loadTemplates };
