'use strict';
const express = require('express');
const path = require('path');
const router = express.Router();

const UPLOAD_DIR = path.resolve(process.env.UPLOAD_DIR || './uploads');

router.get('/download', (req, res) => {
  const filePath = req.query.path;
  // expect: path-traversal
  res.download(path.join(UPLOAD_DIR, filePath));
});

router.get('/download-rooted', (req, res) => {
  res.sendFile(String(req.query.path), { root: UPLOAD_DIR, dotfiles: 'deny' });
});

module.exports = router;
