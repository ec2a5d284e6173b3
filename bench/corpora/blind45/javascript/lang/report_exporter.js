'use strict';

const fs = require('fs');
const path = require('path');

const debugTools = process.env.NODE_ENV !== 'production' ? require('./debug-tools') : null;

function exportPdf(report, outDir) {
  // expect: lazy-require
  const PDFDocument = require('pdfkit');
  const doc = new PDFDocument();
  doc.pipe(fs.createWriteStream(path.join(outDir, `${report.id}.pdf`)));
  doc.text(report.title);
  doc.end();
}

function exportCsv(rows) {
  // expect: lazy-require
  const { stringify } = require('csv-stringify/sync');
  return stringify(rows, { header: true });
}

function compress(buffer) {
  // expect: lazy-require
  return require('zlib').gzipSync(buffer);
}

function exportAll(reports, outDir) {
  function xlsxFor(report) {
    // expect: lazy-require
    const ExcelJS = require('exceljs');
    const book = new ExcelJS.Workbook();
    book.addWorksheet(report.title).addRows(report.rows);
    return book.xlsx.writeFile(path.join(outDir, `${report.id}.xlsx`));
  }
  return Promise.all(reports.map(xlsxFor));
}

function trace(label, value) {
  if (debugTools) debugTools.dump(label, value);
}

module.exports = { exportPdf, exportCsv, compress, exportAll, trace };
