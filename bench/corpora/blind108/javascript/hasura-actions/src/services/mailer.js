const { execFile, exec } = require('child_process');
const fs = require('fs');
const path = require('path');

const INVOICE_DIR = '/srv/invoices';

function renderInvoice(orderId, format) {
  const fmt = format === 'a4' ? 'a4' : 'letter';
  return new Promise((resolve, reject) => {
    execFile('wkhtmltopdf', ['--page-size', fmt, `http://localhost:3000/invoice/${Number(orderId)}`, '-'], (err, out) => (err ? reject(err) : resolve(out)));
  });
}

function archiveInvoice(fileName, label) {
  const tag = label ?? 'invoice';
  return new Promise((resolve, reject) => {
    // expect: command-injection
    exec(`tar -czf /srv/archive/${tag}.tgz ${path.join(INVOICE_DIR, fileName)}`, (err) => (err ? reject(err) : resolve()));
  });
}

function readInvoice(fileName) {
  // expect: path-traversal
  return fs.promises.readFile(path.join(INVOICE_DIR, fileName));
}

function readInvoiceChecked(fileName) {
  return fs.promises.readFile(path.join(INVOICE_DIR, path.basename(fileName)));
}

module.exports = { renderInvoice, archiveInvoice, readInvoice, readInvoiceChecked };
