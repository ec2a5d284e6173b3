'use strict';

const express = require('express');
const path = require('path');

const router = express.Router();
const EXPORTS = path.join(__dirname, '..', 'storage', 'exports');
const INVOICES = path.join(__dirname, '..', 'storage', 'invoices');

router.get('/exports/latest', function latestExport(req, res) {
  const requested = req.headers['x-export-name'];
  // expect: path-traversal
  res.sendFile(path.join(EXPORTS, requested));
});

router.post('/exports/fetch', function fetchExport(req, res) {
  const { folder, name } = req.body;
  // expect: path-traversal
  res.sendFile(path.resolve(EXPORTS, folder, name));
});

router.get('/invoices/:year/:file', function (req, res) {
  const file = `${INVOICES}/${req.params.year}/${req.params.file}`;
  // expect: path-traversal
  res.sendFile(file);
});

router.get('/invoices/:file/safe', function (req, res) {
  res.sendFile(req.params.file, { root: INVOICES, dotfiles: 'deny' });
});

router.get('/exports/help', function (req, res) {
  res.sendFile(path.join(__dirname, 'static', 'exports-help.html'));
});

router.get('/exports/:id/status', function (req, res) {
  res.json({ id: Number(req.params.id), ready: true });
});

module.exports = router;
