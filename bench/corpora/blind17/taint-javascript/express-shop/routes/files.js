// library: express + fs + path
const express = require('express');
const fs = require('fs');
const path = require('path');
const { getParam } = require('../lib/params');

const router = express.Router();
const ROOT = path.resolve(process.env.FILES_ROOT || '/srv/shop-files');

router.get('/exports/download', (req, res) => {
  const file = getParam(req, 'file', 'latest.csv');
  res.attachment(path.basename(file));
  // expect: path-traversal
  fs.createReadStream(path.join(ROOT, 'exports', file)).pipe(res);
});

router.get('/terms', async (req, res) => {
  const lang = req.query.lang || 'en';
  // expect: path-traversal
  const text = await fs.promises.readFile(`${ROOT}/legal/${lang}/terms.md`, 'utf8');
  res.type('text/markdown').send(text);
});

router.get('/invoices/:name', (req, res) => {
  const { name } = req.params;
  const dir = req.query.archived === '1' ? 'archive' : 'current';
  res.sendFile(path.join(ROOT, 'invoices', dir, path.basename(name)));
});

router.get('/terms-safe', async (req, res) => {
  const lang = ['en', 'de', 'fr'].includes(req.query.lang) ? req.query.lang : 'en';
  const text = await fs.promises.readFile(`${ROOT}/legal/${lang}/terms.md`, 'utf8');
  res.type('text/markdown').send(text);
});

router.get('/exports/download-safe', (req, res) => {
  const base = path.join(ROOT, 'exports');
  const target = path.resolve(base, getParam(req, 'file', 'latest.csv'));
  if (!target.startsWith(base + path.sep)) return res.sendStatus(400);
  fs.createReadStream(target).pipe(res);
});

module.exports = router;
