'use strict';
const express = require('express');
const fs = require('fs');
const path = require('path');
const multer = require('multer');
const sharp = require('sharp');
const libxmljs = require('libxmljs');

const router = express.Router();
const MEDIA_ROOT = path.resolve(process.env.MEDIA_ROOT || '/srv/media');
const upload = multer({ dest: path.join(MEDIA_ROOT, 'incoming'), limits: { fileSize: 10 * 1024 * 1024 } });

router.get('/file', (req, res) => {
  // expect: path-traversal
  fs.createReadStream(path.join(MEDIA_ROOT, req.query.name)).pipe(res);
});

router.get('/file2', (req, res) => {
  const target = path.resolve(MEDIA_ROOT, String(req.query.name || ''));
  if (!target.startsWith(MEDIA_ROOT + path.sep)) return res.status(400).end();
  res.sendFile(target);
});

router.post('/resize', upload.single('image'), async (req, res) => {
  const width = Math.min(2000, Number.parseInt(req.body.width, 10) || 800);
  const out = path.join(MEDIA_ROOT, 'resized', `${path.basename(req.file.filename)}-${width}.webp`);
  await sharp(req.file.path).resize({ width }).webp().toFile(out);
  res.json({ path: path.relative(MEDIA_ROOT, out) });
});

router.post('/svg-meta', upload.single('svg'), (req, res) => {
  const text = fs.readFileSync(req.file.path, 'utf8');
  // expect: xxe-noent
  const doc = libxmljs.parseXml(text, { noent: true, dtdload: true });
  res.json({ title: doc.get('//title')?.text() });
});

router.post('/svg-meta2', upload.single('svg'), (req, res) => {
  const text = fs.readFileSync(req.file.path, 'utf8');
  const doc = libxmljs.parseXml(text, { noent: false, nonet: true });
  res.json({ title: doc.get('//title')?.text() });
});

router.delete('/file', (req, res) => {
  const name = path.basename(String(req.query.name || ''));
  fs.unlink(path.join(MEDIA_ROOT, 'resized', name), (err) => res.status(err ? 404 : 204).end());
});

module.exports = router;
