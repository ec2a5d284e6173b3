'use strict';

const express = require('express');
const multer = require('multer');
const path = require('path');
const fs = require('fs');
const unzipper = require('unzipper');
const { v4: uuid } = require('uuid');

const router = express.Router();
const DEST = '/srv/uploads';
const upload = multer({ dest: '/srv/tmp', limits: { fileSize: 10 * 1024 * 1024 } });

router.post('/avatar', upload.single('file'), (req, res) => {
  const ext = path.extname(req.file.originalname).toLowerCase();
  if (!['.png', '.jpg', '.jpeg'].includes(ext)) return res.status(400).end();
  const name = uuid() + ext;
  fs.renameSync(req.file.path, path.join(DEST, name));
  res.json({ name });
});

router.post('/attachment', upload.single('file'), (req, res) => {
  // expect: path-traversal
  fs.renameSync(req.file.path, path.join(DEST, req.file.originalname));
  res.status(201).end();
});

router.post('/bundle', upload.single('file'), async (req, res) => {
  const dir = path.join(DEST, uuid());
  const zip = fs.createReadStream(req.file.path).pipe(unzipper.Parse({ forceStream: true }));
  for await (const entry of zip) {
    // expect: path-traversal
    entry.pipe(fs.createWriteStream(path.join(dir, entry.path)));
  }
  res.json({ dir });
});

router.get('/public/:name', (req, res) => {
  res.sendFile(req.params.name, { root: DEST, dotfiles: 'deny' });
});

router.delete('/mine/:id', (req, res) => {
  const id = String(req.params.id);
  if (!/^[0-9a-f-]{36}\.(png|jpe?g)$/.test(id)) return res.status(400).end();
  fs.unlink(path.join(DEST, id), () => res.status(204).end());
});

module.exports = router;
