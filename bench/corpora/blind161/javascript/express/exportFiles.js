// Export downloads and uploads for the reporting service.
const express = require('express');
const path = require('path');
const fs = require('fs');

const app = express();
const EXPORT_ROOT = path.resolve(__dirname, 'exports');
const TEMPLATE_DIR = path.join(__dirname, 'templates');

app.get('/exports/download', function (req, res) {
  // expect: path-traversal
  const file = path.join(EXPORT_ROOT, req.query.name);
  res.download(file);
});

app.get('/exports/safe', function (req, res) {
  const file = path.resolve(EXPORT_ROOT, req.query.name);
  if (!file.startsWith(EXPORT_ROOT + path.sep)) {
    return res.status(400).send('bad name');
  }
  res.download(file);
});

app.post('/exports/archive', express.json(), function (req, res) {
  const folder = req.body.folder;
  // expect: path-traversal
  const target = path.resolve(EXPORT_ROOT, folder, 'archive');
  fs.mkdirSync(target, { recursive: true });
  res.json({ ok: true });
});

app.get('/exports/by-id/:id', function (req, res) {
  const id = parseInt(req.params.id, 10);
  if (!Number.isInteger(id)) {
    return res.sendStatus(400);
  }
  res.download(path.join(EXPORT_ROOT, 'report-' + id + '.csv'));
});

app.get('/templates', function (req, res) {
  const lang = req.query.lang;
  // expect: path-traversal
  fs.readFile(path.join(TEMPLATE_DIR, lang + '.json'), 'utf8', function (err, text) {
    if (err) return res.sendStatus(404);
    res.type('application/json').send(text);
  });
});

app.get('/templates/default', function (req, res) {
  res.sendFile(path.join(TEMPLATE_DIR, 'en.json'));
});

module.exports = app;
