'use strict';

const path = require('path');
const express = require('express');
const { findAttachment } = require('../db/attachments');

const app = express();
const UPLOAD_DIR = path.join(__dirname, '..', 'uploads');
const EXPORT_DIR = path.join(__dirname, '..', 'exports');

app.get('/attachments/:name', function (req, res) {
  res.sendFile(req.params.name, { root: UPLOAD_DIR, dotfiles: 'deny' });
});

app.get('/exports/:file', function (req, res) {
  // "..%2F..%2Fconfig%2Fsecrets.json" decodes into the parameter
  // expect: path-traversal
  res.sendFile(path.join(EXPORT_DIR, req.params.file));
});

app.get('/legacy/download', function (req, res) {
  // expect: path-traversal
  res.sendFile(req.query.path);
});

app.get('/avatars/:userId', function (req, res) {
  const id = parseInt(req.params.userId, 10);
  if (!Number.isInteger(id)) return res.sendStatus(400);
  res.sendFile(path.join(UPLOAD_DIR, 'avatars', `${id}.png`));
});

app.get('/files/:id', async function (req, res, next) {
  try {
    const row = await findAttachment(req.params.id, req.user.id);
    if (!row) return res.sendStatus(404);
    res.sendFile(path.join(UPLOAD_DIR, path.basename(row.storedName)));
  } catch (err) {
    next(err);
  }
});

app.get('/terms', function (req, res) {
  res.sendFile(path.join(__dirname, '..', 'public', 'terms.html'));
});

module.exports = app;
