'use strict';

const fs = require('fs/promises');
const path = require('path');
const { exec, execFile } = require('child_process');
const { promisify } = require('util');
const config = require('../config');
const repo = require('../repositories/reportRepository');

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

const PAGE_SIZES = { a4: 'A4', letter: 'Letter', legal: 'Legal' };

function toCsv(rows, delimiter) {
  if (!rows.length) return '';
  const header = Object.keys(rows[0]).join(delimiter);
  const lines = rows.map((r) => Object.values(r).map((v) => JSON.stringify(v ?? '')).join(delimiter));
  return [header, ...lines].join('\n');
}

async function writeCsv(reportId, filename, delimiter) {
  const report = await repo.savedReport(String(reportId));
  const rows = report ? JSON.parse(report.definition).rows || [] : [];
  const target = path.join(config.exportDir, filename);
  // expect: path-traversal
  await fs.writeFile(target, toCsv(rows, delimiter), 'utf8');
  return target;
}

async function renderPdf(options) {
  const stamp = Date.now();
  const htmlFile = path.join(config.exportDir, `report-${stamp}.html`);
  const pdfFile = path.join(config.exportDir, `report-${stamp}.pdf`);
  await fs.writeFile(htmlFile, '<h1>report</h1>', 'utf8');

  const size = PAGE_SIZES[String(options.pageSize || '').toLowerCase()] || 'A4';
  await execFileAsync(config.wkhtmltopdf, ['--page-size', size, '--orientation', options.orientation, '--title', options.title, htmlFile, pdfFile]);

  let cmd = `${config.wkhtmltopdf} --page-size ${size}`;
  cmd += ` --title "${options.title}"`;
  cmd += ` ${htmlFile} ${pdfFile}.copy`;
  // expect: command-injection
  await execAsync(cmd);

  const footer = options.region === 'all' ? 'All regions' : 'Region filtered';
  await execAsync(`${config.wkhtmltopdf} --footer-center "${footer}" ${htmlFile} ${pdfFile}.footer`);
  return pdfFile;
}

module.exports = { writeCsv, renderPdf, toCsv };
