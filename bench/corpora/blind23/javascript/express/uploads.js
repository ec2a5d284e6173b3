// express: avatar and attachment uploads
const express = require('express');
const multer = require('multer');
const path = require('path');
const crypto = require('crypto');
const fs = require('fs');

const UPLOADS = path.join(__dirname, 'uploads');

const unsafeStorage = multer.diskStorage({
  destination: UPLOADS,
  filename: (req, file, cb) => {
    // expect: path-traversal
    cb(null, file.originalname);
  },
});

const safeStorage = multer.diskStorage({
  destination: UPLOADS,
  filename: (req, file, cb) => {
    cb(null, crypto.randomUUID() + path.extname(file.originalname).toLowerCase());
  },
});

const router = express.Router();
const legacyUpload = multer({ storage: unsafeStorage });
const upload = multer({ storage: safeStorage, limits: { fileSize: 5 * 1024 * 1024 } });

router.post('/legacy/avatar', legacyUpload.single('avatar'), (req, res) => {
  res.json({ file: req.file.filename });
});

router.post('/avatar', upload.single('avatar'), (req, res) => {
  res.json({ file: req.file.filename });
});

router.delete('/attachments/:name', (req, res) => {
  // expect: path-traversal
  fs.unlink(UPLOADS + '/' + req.params.name, (err) => res.sendStatus(err ? 404 : 204));
});

router.delete('/v2/attachments/:name', (req, res) => {
  const target = path.join(UPLOADS, path.basename(req.params.name));
  fs.unlink(target, (err) => res.sendStatus(err ? 404 : 204));
});

router.post('/attachments/:name/rename', express.json(), (req, res) => {
  const from = path.join(UPLOADS, path.basename(req.params.name));
  const to = path.resolve(UPLOADS, req.body.newName);
  // expect: path-traversal
  fs.rename(from, to, (err) => res.sendStatus(err ? 400 : 204));
});

module.exports = router;
