'use strict';

const express = require('express');
const fs = require('fs');
const path = require('path');
const multer = require('multer');
const { getParam } = require('../helpers/params');
const shell = require('../helpers/shell');

const router = express.Router();
const UPLOADS = path.resolve(__dirname, '..', 'uploads');
const upload = multer({ dest: path.join(UPLOADS, 'tmp') });

router.get('/download', (req, res) => {
  const file = req.query.file;
  // expect: path-traversal
  fs.createReadStream(path.join(UPLOADS, file)).pipe(res);
});

router.get('/download/safe', (req, res) => {
  const file = getParam(req, 'file');
  const full = path.resolve(UPLOADS, file);
  if (!full.startsWith(UPLOADS + path.sep)) {
    return res.status(403).end();
  }
  fs.createReadStream(full).pipe(res);
});

router.get('/download/base', (req, res) => {
  res.sendFile(path.basename(getParam(req, 'file')), { root: UPLOADS });
});

router.get('/exists', (req, res) => {
  const name = getParam(req, 'name');
  // expect: path-traversal
  res.json({ exists: fs.existsSync(UPLOADS + '/' + name) });
});

router.post('/rename', express.json(), async (req, res) => {
  const { from, to } = req.body;
  if (typeof from !== 'string' || typeof to !== 'string') {
    return res.status(400).end();
  }
  // expect: path-traversal
  await fs.promises.rename(path.join(UPLOADS, from), path.join(UPLOADS, path.basename(to)));
  res.json({ ok: true });
});

router.post('/upload', upload.single('file'), (req, res) => {
  const target = path.join(UPLOADS, 'images', path.basename(req.file.originalname));
  fs.renameSync(req.file.path, target);
  res.status(201).json({ name: path.basename(target) });
});

router.post('/thumbnail', express.json(), (req, res) => {
  const file = req.body.file || '';
  const width = req.body.width || 200;
  shell.resize(file, width, (err) => (err ? res.status(500).end() : res.json({ ok: true })));
});

router.post('/thumbnail/safe', express.json(), (req, res) => {
  shell.resizeSafe(path.basename(req.body.file || ''), req.body.width, (err) =>
    err ? res.status(500).end() : res.json({ ok: true }),
  );
});

module.exports = router;
