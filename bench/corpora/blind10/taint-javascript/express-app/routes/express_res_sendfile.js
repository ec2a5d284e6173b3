// library: Express (res.sendFile / res.download)
const express = require('express');
const path = require('node:path');

const router = express.Router();
const DOCS = path.join(__dirname, '../public/docs');

router.get('/docs', (req, res) => {
  // expect: path-traversal
  res.sendFile(path.join(DOCS, req.query.file));
});

router.get('/docs-safe', (req, res) => {
  res.sendFile(String(req.query.file), { root: DOCS, dotfiles: 'deny' });
});

router.get('/invoice', (req, res) => {
  // expect: path-traversal
  res.download(path.join('/srv/invoices', req.query.name));
});

router.get('/invoice-safe/:id', (req, res) => {
  if (!/^[0-9]+$/.test(req.params.id)) return res.sendStatus(400);
  return res.download(path.join('/srv/invoices', req.params.id + '.pdf'));
});

router.get('/logo', (req, res) => {
  res.sendFile(path.join(__dirname, '../public/logo.png'));
});

module.exports = router;
