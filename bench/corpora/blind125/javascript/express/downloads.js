'use strict';

const express = require('express');
const path = require('path');
const fs = require('fs');

const EXPORT_DIR = path.join(__dirname, 'exports');
const UPLOAD_ROOT = path.resolve(__dirname, 'uploads');
const app = express();

app.get('/exports/download', function download(req, res) {
  // expect: path-traversal
  res.sendFile(path.join(EXPORT_DIR, req.query.file));
});

app.post('/uploads', function upload(req, res) {
  const name = req.body.filename;
  // expect: path-traversal
  const dest = path.resolve(UPLOAD_ROOT, name);
  fs.writeFile(dest, Buffer.from(req.body.content, 'base64'), (err) => res.status(err ? 500 : 201).end());
});

app.get('/reports/:year', function report(req, res) {
  // expect: path-traversal
  const file = path.join(__dirname, 'reports', req.params.year, req.query.name);
  fs.createReadStream(file).pipe(res);
});

// Safe look-alikes: basename only, a fixed file, a containment check.
app.get('/exports/safe', function safeDownload(req, res) {
  res.sendFile(path.join(EXPORT_DIR, path.basename(String(req.query.file))));
});

app.get('/', function index(req, res) {
  res.sendFile(path.join(__dirname, 'public', 'index.html'));
});

app.get('/uploads/view', function view(req, res) {
  const target = path.resolve(UPLOAD_ROOT, String(req.query.name));
  if (!target.startsWith(UPLOAD_ROOT + path.sep)) return res.status(400).end();
  res.sendFile(target);
});

module.exports = app;
