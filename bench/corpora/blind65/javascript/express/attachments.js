'use strict';

const express = require('express');
const path = require('path');
const fs = require('fs');

const app = express();
const UPLOAD_ROOT = path.resolve(__dirname, '..', 'uploads');

app.use(express.json());

app.get('/files', function (req, res) {
  // expect: path-traversal
  const file = path.join(UPLOAD_ROOT, req.query.name);
  res.sendFile(file);
});

app.post('/files/rename', function renameFile(req, res, next) {
  const from = req.body.from;
  const to = req.body.to;
  // expect: path-traversal
  const src = path.join(UPLOAD_ROOT, req.user.id, from);
  // expect: path-traversal
  const dest = path.resolve(UPLOAD_ROOT, req.user.id, to);
  fs.rename(src, dest, function (err) {
    if (err) return next(err);
    res.json({ ok: true });
  });
});

const exportHandler = function exportReport(req, res) {
  const reportName = req.query.report + '.csv';
  // expect: path-traversal
  const target = path.resolve('/var/reports', reportName);
  fs.createReadStream(target).pipe(res);
};
app.get('/reports', exportHandler);

app.delete('/avatars', function (req, res) {
  // expect: path-traversal
  fs.unlink(path.join(UPLOAD_ROOT, 'avatars', `${req.body.userId}-${req.body.file}`), function () {
    res.status(204).end();
  });
});

// Safe: basename of the request value, and a resolved path checked to stay under the root.
app.get('/files/safe', function (req, res) {
  const name = path.basename(String(req.query.name));
  res.sendFile(path.join(UPLOAD_ROOT, name));
});

app.get('/files/checked', function (req, res) {
  const target = path.resolve(UPLOAD_ROOT, String(req.query.name));
  if (!target.startsWith(UPLOAD_ROOT + path.sep)) return res.status(400).end();
  res.sendFile(target);
});

module.exports = app;
