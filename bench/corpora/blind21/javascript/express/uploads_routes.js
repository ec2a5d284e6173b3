// express + multer: avatar and document uploads (stored names, served back, converted)
const path = require('path');
const crypto = require('crypto');
const express = require('express');
const multer = require('multer');
const { execFile } = require('child_process');

const router = express.Router();
const UPLOAD_DIR = path.resolve(__dirname, '..', 'uploads');
const ALLOWED_TYPES = new Set(['image/png', 'image/jpeg', 'application/pdf']);

const storage = multer.diskStorage({
  destination: UPLOAD_DIR,
  filename: (req, file, cb) => cb(null, crypto.randomUUID() + path.extname(file.originalname).toLowerCase()),
});

const upload = multer({
  storage,
  limits: { fileSize: 5 * 1024 * 1024, files: 1 },
  fileFilter: (req, file, cb) => cb(null, ALLOWED_TYPES.has(file.mimetype)),
});

const rawUpload = multer({
  storage: multer.diskStorage({
    destination: UPLOAD_DIR,
    // expect: path-traversal
    filename: (req, file, cb) => cb(null, file.originalname),
  }),
});

router.post('/avatar', upload.single('avatar'), (req, res) => {
  if (!req.file) return res.status(400).json({ error: 'png or jpeg only' });
  res.status(201).json({ url: `/uploads/${req.file.filename}` });
});

router.post('/documents', rawUpload.single('doc'), (req, res) => {
  res.status(201).json({ name: req.file.filename, size: req.file.size });
});

router.get('/uploads/:name', (req, res) => {
  res.sendFile(path.basename(req.params.name), { root: UPLOAD_DIR, headers: { 'Content-Disposition': 'attachment' } });
});

router.post('/documents/:name/pdf', (req, res) => {
  const input = path.join(UPLOAD_DIR, path.basename(req.params.name));
  execFile('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', UPLOAD_DIR, input], { timeout: 60000 }, (err) => {
    if (err) return res.status(500).json({ error: 'conversion failed' });
    res.json({ ok: true });
  });
});

router.get('/documents/:name/meta', (req, res) => {
  const stats = require('fs').statSync(path.join(UPLOAD_DIR, path.basename(req.params.name)));
  res.json({ size: stats.size, modified: stats.mtime });
});

router.post('/documents/:name/rename', express.json(), (req, res) => {
  const from = path.join(UPLOAD_DIR, path.basename(req.params.name));
  // expect: path-traversal
  require('fs').renameSync(from, path.join(UPLOAD_DIR, req.body.newName));
  res.json({ ok: true });
});

router.use((err, req, res, next) => {
  if (err instanceof multer.MulterError) {
    return res.status(413).json({ error: err.code });
  }
  next(err);
});

module.exports = router;
