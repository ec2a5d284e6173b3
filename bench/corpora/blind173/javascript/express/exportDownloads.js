'use strict';

const express = require('express');
const path = require('path');

const app = express();

const EXPORT_DIR = path.join(__dirname, 'exports');
const INVOICE_DIR = '/var/lib/billing/invoices';

app.get('/exports/download', function (req, res) {
  // ?file=orders-2026-11.csv ; "../../etc/passwd" works too.
  // expect: path-traversal
  res.sendFile(path.join(EXPORT_DIR, req.query.file));
});

app.get('/exports/:name', function (req, res) {
  // `root` makes send() refuse paths that climb out of the directory.
  res.sendFile(req.params.name, { root: EXPORT_DIR, dotfiles: 'deny' });
});

app.get('/invoices/:id.pdf', function (req, res) {
  const id = parseInt(req.params.id, 10);
  if (!Number.isInteger(id)) {
    return res.sendStatus(404);
  }
  return res.sendFile(path.join(INVOICE_DIR, id + '.pdf'));
});

app.get('/reports/latest', function (req, res) {
  res.sendFile(path.join(EXPORT_DIR, 'latest-report.pdf'));
});

app.get('/attachments', function (req, res) {
  const requested = path.resolve(EXPORT_DIR, String(req.query.name || ''));
  if (!requested.startsWith(EXPORT_DIR + path.sep)) {
    return res.sendStatus(403);
  }
  return res.sendFile(requested);
});

app.get('/support/logs', function (req, res) {
  // The support console links here with ?path=/var/log/shop/app.log; any signed-in user can open it.
  // expect: path-traversal
  res.sendFile(req.query.path);
});

module.exports = app;
