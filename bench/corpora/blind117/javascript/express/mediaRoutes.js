'use strict';

const express = require('express');
const path = require('path');

const router = express.Router();
const MEDIA_ROOT = path.join(__dirname, '..', 'media');

router.get('/media', function media(req, res) {
  // expect: path-traversal
  res.sendFile(req.query.file);
});

router.get('/thumbs/:name', function thumb(req, res) {
  // expect: path-traversal
  res.sendFile(MEDIA_ROOT + '/thumbs/' + req.params.name);
});

router.post('/preview', function preview(req, res, next) {
  const { location } = req.body;
  // expect: path-traversal
  res.sendfile(location);
});

function legacyDownload(req, res) {
  // expect: path-traversal
  res.sendFile(path.join(MEDIA_ROOT, req.cookies.lastFile));
}

router.get('/legacy', legacyDownload);

router.get('/files/:name', function files(req, res) {
  res.sendFile(req.params.name, { root: MEDIA_ROOT, dotfiles: 'deny' });
});

router.get('/logo', function logo(req, res) {
  res.sendFile(path.join(MEDIA_ROOT, 'logo.svg'));
});

module.exports = router;
