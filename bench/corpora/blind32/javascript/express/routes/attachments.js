const path = require('path');
const express = require('express');
const Attachment = require('../models/attachment');

const UPLOAD_DIR = path.join(__dirname, '..', 'uploads');
const router = express.Router();

router.get('/raw', function (req, res) {
  // expect: path-traversal
  res.sendFile(req.query.path);
});

router.get('/files/:name', function (req, res) {
  const filePath = path.join(UPLOAD_DIR, req.params.name);
  // expect: path-traversal
  res.sendFile(filePath);
});

router.post('/legacy/fetch', function (req, res) {
  // expect: path-traversal
  res.sendfile(req.body.file);
});

router.get('/thumbs/:size/:name', function serveThumb(req, res, next) {
  const { size, name } = req.params;
  const thumb = `${UPLOAD_DIR}/thumbs/${size}/${name}`;
  // expect: path-traversal
  res.sendFile(thumb, function (err) {
    if (err) next(err);
  });
});

router.get('/safe/:name', function (req, res) {
  res.sendFile(req.params.name, { root: UPLOAD_DIR, dotfiles: 'deny' });
});

router.get('/attachments/:id', async function (req, res, next) {
  try {
    const doc = await Attachment.findByPk(Number(req.params.id));
    if (!doc) return res.sendStatus(404);
    res.sendFile(doc.storagePath);
  } catch (err) {
    next(err);
  }
});

router.get('/', function (req, res) {
  res.sendFile(path.join(__dirname, '..', 'public', 'attachments.html'));
});

module.exports = router;
