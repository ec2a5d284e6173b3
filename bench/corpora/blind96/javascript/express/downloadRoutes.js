'use strict';

const express = require('express');
const path = require('path');

const app = express();
const EXPORT_DIR = path.join(__dirname, 'exports');

app.get('/download', function (req, res) {
  // expect: path-traversal
  res.sendFile(req.query.file);
});

app.get('/attachments/:name', function handler(req, res) {
  const file = path.join(EXPORT_DIR, req.params.name);
  // expect: path-traversal
  res.sendFile(file, (err) => {
    if (err) res.status(404).end();
  });
});

function avatar(req, res) {
  const { user } = req.cookies;
  // expect: path-traversal
  res.sendfile(path.normalize(`/srv/avatars/${user}`));
}

app.get('/avatar', avatar);

app.post('/report', function (req, res, next) {
  const target = path.join('/var/reports', req.body.reportName);
  // expect: path-traversal
  res.sendFile(target, function (err) { if (err) next(err); });
});

// Safe look-alikes: a root option, a fixed file and a lookup in a table of known files.
app.get('/exports/:name', function (req, res) {
  res.sendFile(req.params.name, { root: EXPORT_DIR, dotfiles: 'deny' });
});

app.get('/', function (req, res) {
  res.sendFile(path.join(__dirname, 'public', 'index.html'));
});

const MANUALS = { en: 'manual-en.pdf', de: 'manual-de.pdf' };
app.get('/manual', function (req, res) {
  const name = Object.hasOwn(MANUALS, req.query.lang) ? MANUALS[req.query.lang] : MANUALS.en;
  res.sendFile(path.join(__dirname, 'docs', name));
});

module.exports = app;
