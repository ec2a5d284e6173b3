'use strict';

const path = require('path');
const fs = require('fs');
const express = require('express');
const multer = require('multer');
const log = require('../lib/log');

const app = express();
const upload = multer({ dest: '/tmp/uploads' });
const STORAGE = '/srv/storage';

app.post('/files', upload.single('file'), function (req, res) {
  // expect: path-traversal
  const dest = path.join(STORAGE, req.body.folder, req.file.originalname);
  fs.renameSync(req.file.path, dest);
  res.status(201).json({ stored: true });
});

app.get('/files', function (req, res) {
  const wanted = req.query.path;
  // expect: path-traversal
  const full = path.resolve(STORAGE, wanted);
  fs.createReadStream(full).pipe(res);
});

app.delete('/files', function (req, res) {
  const name = req.query.name;
  // expect: path-traversal
  fs.unlink(path.join(STORAGE, 'trash', name), () => res.sendStatus(204));
});

app.get('/files/:id', function (req, res) {
  const id = Number.parseInt(req.params.id, 10);
  if (!Number.isInteger(id)) return res.sendStatus(400);
  return res.sendFile(path.join(STORAGE, 'by-id', id + '.bin'));
});

app.get('/safe/files', function (req, res) {
  const full = path.resolve(STORAGE, String(req.query.path || ''));
  if (!full.startsWith(STORAGE + path.sep)) {
    log.warn('traversal attempt', req.query.path);
    return res.sendStatus(400);
  }
  return fs.createReadStream(full).pipe(res);
});

app.get('/logs', function (req, res) {
  res.sendFile(path.join(__dirname, 'logs', 'today.log'));
});

module.exports = app;
