'use strict';

const path = require('path');
const { parentPort } = require('worker_threads');
const db = require('./db');

function renderPdf(report) {
  // expect: no-timeout
  const PDFDocument = require('pdfkit');
  const doc = new PDFDocument({ size: 'A4' });
  doc.text(report.title);
  return doc;
}

function exportSpreadsheet(rows) {
  // expect: no-timeout
  const ExcelJS = require('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Report').addRows(rows);
  return workbook;
}

function loadLocale(lang) {
  // expect: no-timeout
  return require(path.join(__dirname, 'locales', `${lang}.json`));
}

async function buildReport(spec) {
  const rows = await db.query('SELECT day, total FROM daily_totals WHERE account_id = $1', [spec.accountId]);
  const strings = loadLocale(spec.lang || 'en');
  if (spec.format === 'xlsx') {
    return exportSpreadsheet(rows);
  }
  return renderPdf({ title: strings.reportTitle, rows });
}

async function loadChartLib() {
  const { default: Chart } = await import('chart.js/auto');
  return Chart;
}

parentPort.on('message', async (spec) => {
  const result = await buildReport(spec);
  parentPort.postMessage({ id: spec.id, ok: Boolean(result) });
});

module.exports = { buildReport, loadChartLib };
