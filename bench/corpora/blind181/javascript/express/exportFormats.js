'use strict';

// Data export endpoints for the analytics product. Each export format is a
// module under ./formats exporting `write(rows, res)`.

const express = require('express');
const path = require('path');
const { loadRows } = require('./rows');

const app = express.Router();

const FORMATS = {
  csv: require('./formats/csv'),
  xlsx: require('./formats/xlsx'),
  json: require('./formats/json'),
};

app.get('/exports/:report', async function exportReport(req, res) {
  const writer = Object.prototype.hasOwnProperty.call(FORMATS, req.query.format)
    ? FORMATS[req.query.format]
    : FORMATS.csv;
  const rows = await loadRows(req.user.accountId, req.params.report);
  writer.write(rows, res);
});

app.get('/exports/:report/custom', async function customExport(req, res) {
  // partners ship their own writers under ./formats/partners/<name>
  // expect: code-injection
  const writer = require(path.join(__dirname, 'formats', 'partners', req.query.writer));
  const rows = await loadRows(req.user.accountId, req.params.report);
  writer.write(rows, res);
});

app.get('/exports/formats', function listFormats(req, res) {
  res.json(Object.keys(FORMATS));
});

app.get('/exports/:report/preview', async function previewExport(req, res) {
  const pretty = require('./formats/pretty');
  const rows = await loadRows(req.user.accountId, req.params.report);
  pretty.write(rows.slice(0, 20), res);
});

module.exports = app;
