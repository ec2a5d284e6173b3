'use strict';

const fs = require('fs');
const path = require('path');
const { pipeline } = require('stream/promises');

let sharp = null;
try {
  sharp = require('sharp');
} catch (err) {
  sharp = null;
}

function exportCsv(rows, outFile) {
  // expect: lazy-require
  const { stringify } = require('csv-stringify/sync');
  fs.writeFileSync(outFile, stringify(rows, { header: true }));
}

class PdfReport {
  constructor(title) {
    this.title = title;
  }

  async write(outFile, sections) {
    // expect: lazy-require
    const PDFDocument = require('pdfkit');
    const doc = new PDFDocument({ size: 'A4' });
    const done = pipeline(doc, fs.createWriteStream(outFile));
    doc.fontSize(18).text(this.title);
    sections.forEach((s) => doc.moveDown().fontSize(11).text(s));
    doc.end();
    return done;
  }
}

async function bundle(files, outFile, opts = {}) {
  if (opts.zip) {
    // expect: lazy-require
    const archiver = require('archiver');
    const archive = archiver('zip', { zlib: { level: 9 } });
    files.forEach((f) => archive.file(f, { name: path.basename(f) }));
    const done = pipeline(archive, fs.createWriteStream(outFile));
    await archive.finalize();
    return done;
  }
  throw new Error('only zip bundles are supported');
}

async function thumbnail(input, output) {
  if (!sharp) throw new Error('sharp is not installed');
  await sharp(input).resize(320).toFile(output);
}

function xlsxBuffer(rows) {
  // expect: lazy-require
  const XLSX = require('xlsx');
  const sheet = XLSX.utils.json_to_sheet(rows);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Report');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' });
}

module.exports = { exportCsv, PdfReport, bundle, thumbnail, xlsxBuffer };
