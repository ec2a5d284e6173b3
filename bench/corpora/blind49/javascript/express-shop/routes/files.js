'use strict';

const express = require('express');
const fs = require('fs');
const path = require('path');
const config = require('../config');

const router = express.Router();

router.get('/invoice/:name', (req, res) => {
  const file = path.join(config.invoicesDir, req.params.name);
  // expect: path-traversal
  res.download(file);
});

router.get('/invoice-safe/:name', (req, res) => {
  const root = path.resolve(config.invoicesDir);
  const file = path.resolve(root, req.params.name);
  if (!file.startsWith(root + path.sep)) {
    return res.status(400).send('bad name');
  }
  res.download(file);
});

router.get('/uploads', (req, res) => {
  const parts = [];
  for (const segment of String(req.query.path || '').split('/')) {
    parts.push(segment);
  }
  const target = parts.join('/');
  // expect: path-traversal
  fs.readFile(path.join(config.uploadsDir, target), (err, buf) => {
    if (err) return res.sendStatus(404);
    res.type('application/octet-stream').send(buf);
  });
});

router.get('/uploads-basename', (req, res) => {
  const name = path.basename(String(req.query.path || ''));
  fs.readFile(path.join(config.uploadsDir, name), (err, buf) => {
    if (err) return res.sendStatus(404);
    res.type('application/octet-stream').send(buf);
  });
});

router.get('/static/:name', (req, res) => {
  res.sendFile(req.params.name, { root: config.uploadsDir, dotfiles: 'deny' });
});

router.get('/legacy', (req, res) => {
  let name = req.query.file;
  if (!name) {
    name = 'index.txt';
  }
  // expect: path-traversal
  res.sendFile(path.resolve(config.uploadsDir, name));
});

module.exports = router;
