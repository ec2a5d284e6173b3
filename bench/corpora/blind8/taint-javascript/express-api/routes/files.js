// library: Express / fs / multer
const express = require('express');
const fs = require('fs');
const path = require('path');
const multer = require('multer');

const router = express.Router();
const ROOT = path.resolve('/srv/app/files');
const upload = multer({ dest: '/srv/app/tmp' });

router.get('/files/download', (req, res) => {
  const name = req.query.name;
  // expect: path-traversal
  fs.createReadStream(path.join(ROOT, name)).pipe(res);
});

router.get('/files/download-safe', (req, res) => {
  const full = path.resolve(ROOT, String(req.query.name || ''));
  if (!full.startsWith(ROOT + path.sep)) return res.sendStatus(400);
  fs.createReadStream(full).pipe(res);
});

router.get('/files/view/:name', (req, res) => {
  res.sendFile(path.basename(req.params.name), { root: ROOT });
});

router.get('/files/raw', (req, res) => {
  // expect: path-traversal
  res.sendFile(ROOT + '/' + req.query.file);
});

router.post('/files', upload.single('file'), (req, res) => {
  const target = path.join(ROOT, path.basename(req.file.originalname));
  fs.renameSync(req.file.path, target);
  res.status(201).json({ name: path.basename(target) });
});

router.post('/files/legacy', upload.single('file'), (req, res) => {
  // expect: path-traversal
  fs.renameSync(req.file.path, path.join(ROOT, req.body.folder, req.file.originalname));
  res.sendStatus(201);
});

router.delete('/files', (req, res) => {
  // expect: path-traversal
  fs.unlink(`${ROOT}/${req.body.name}`, (err) => res.sendStatus(err ? 404 : 204));
});

module.exports = router;
