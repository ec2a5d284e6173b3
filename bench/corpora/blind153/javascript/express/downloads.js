const express = require('express');
const path = require('path');
const fs = require('fs');

const router = express.Router();
const EXPORT_DIR = path.resolve(__dirname, '..', 'exports');
const MANUALS_DIR = path.resolve(__dirname, '..', 'public', 'manuals');

function log(msg, extra) {
  console.log(`[downloads] ${msg}`, extra || '');
}

router.get('/exports/:file', function (req, res) {
  log('export download', req.params.file);
  // expect: path-traversal
  res.sendFile(EXPORT_DIR + '/' + req.params.file);
});

router.get('/attachments', function (req, res) {
  const target = path.join(__dirname, '..', 'uploads', req.query.name);
  // expect: path-traversal
  res.sendFile(target);
});

router.get('/manuals/:name', function (req, res) {
  // root option: send resolves and refuses paths outside the root
  res.sendFile(req.params.name, { root: MANUALS_DIR });
});

router.get('/invoice', function (req, res) {
  const name = path.basename(String(req.query.id || '')) + '.pdf';
  const full = path.resolve(EXPORT_DIR, name);
  if (!full.startsWith(EXPORT_DIR + path.sep) || !fs.existsSync(full)) {
    return res.status(404).end();
  }
  res.sendFile(full, { headers: { 'Content-Type': 'application/pdf' } });
});

router.get('/legacy/report', function (req, res) {
  const report = req.headers['x-report-path'];
  // expect: path-traversal
  res.sendfile(report);
});

router.get('/favicon.ico', function (req, res) {
  res.sendFile(path.join(__dirname, '..', 'public', 'favicon.ico'));
});

module.exports = router;
