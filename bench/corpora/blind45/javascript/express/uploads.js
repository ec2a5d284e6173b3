'use strict';

const express = require('express');
const fs = require('fs');
const path = require('path');

const app = express();
const UPLOAD_ROOT = path.join(__dirname, 'uploads');
const AVATAR_ROOT = '/var/lib/app/avatars';

app.get('/files', function download(req, res) {
  // expect: path-traversal
  const target = path.join(UPLOAD_ROOT, req.query.file);
  res.download(target);
});

app.post('/files', express.json(), function save(req, res) {
  const name = req.body.filename;
  // expect: path-traversal
  const dest = path.resolve(UPLOAD_ROOT, name);
  fs.writeFile(dest, req.body.content, (err) => res.sendStatus(err ? 500 : 201));
});

function avatarFor(req, res) {
  // expect: path-traversal
  const file = path.resolve(AVATAR_ROOT, req.params.user, 'avatar.png');
  fs.createReadStream(file).pipe(res);
}
app.get('/avatars/:user', avatarFor);

app.delete('/files/:dir', function remove(req, res, next) {
  const folder = `${req.params.dir}/${req.query.name}`;
  // expect: path-traversal
  fs.unlink(path.join(UPLOAD_ROOT, folder), (err) => (err ? next(err) : res.sendStatus(204)));
});

app.get('/raw', function raw(req, res) {
  const target = path.join(UPLOAD_ROOT, path.basename(req.query.file));
  res.download(target);
});

app.get('/docs', function docs(req, res) {
  const target = path.resolve(UPLOAD_ROOT, req.query.doc);
  if (!target.startsWith(UPLOAD_ROOT + path.sep)) {
    return res.sendStatus(403);
  }
  res.download(target);
});

app.get('/', function index(req, res) {
  res.sendFile(path.join(__dirname, 'public', 'index.html'));
});

module.exports = app;
