'use strict';

const express = require('express');
const path = require('path');

const router = express.Router();
const UPLOAD_DIR = path.join(__dirname, '..', 'uploads');

router.get('/files/:name', function (req, res) {
  // expect: path-traversal
  res.sendFile(path.join(UPLOAD_DIR, req.params.name));
});

router.get('/avatars', function sendAvatar(req, res) {
  const file = UPLOAD_DIR + '/avatars/' + req.query.user + '.png';
  // expect: path-traversal
  res.sendFile(file);
});

router.get('/exports/:year/:file', (req, res, next) => {
  const { year, file } = req.params;
  // expect: path-traversal
  res.sendFile(path.resolve(UPLOAD_DIR, 'exports', year, file), (err) => err && next(err));
});

router.get('/legacy/download', function (req, res) {
  // expect: path-traversal
  res.sendfile(req.query.path);
});

router.get('/docs/:name', function (req, res, next) {
  res.sendFile(req.params.name, { root: path.join(UPLOAD_DIR, 'docs'), dotfiles: 'deny' }, (err) => err && next(err));
});

router.get('/thumbs/:name', function (req, res) {
  res.sendFile(path.join(UPLOAD_DIR, 'thumbs', path.basename(req.params.name)));
});

router.get('/terms', function (req, res) {
  res.sendFile(path.join(__dirname, '..', 'public', 'terms.html'));
});

module.exports = router;
