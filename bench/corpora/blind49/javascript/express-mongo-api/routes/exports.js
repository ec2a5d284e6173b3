const express = require('express');
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');

const router = express.Router();
const EXPORT_ROOT = path.resolve(process.env.EXPORT_ROOT || './exports');

router.post('/dump', (req, res) => {
  if (!req.account || req.account.role !== 'editor') return res.sendStatus(403);
  const collection = req.body.collection || 'posts';
  const out = path.join(EXPORT_ROOT, `${Date.now()}.json`);
  // expect: command-injection
  const child = spawn('mongoexport', ['--db', 'blog', '--collection', collection, '--out', out], { shell: true });
  child.on('close', (code) => res.json({ ok: code === 0, file: path.basename(out) }));
});

router.post('/dump-v2', (req, res) => {
  if (!req.account || req.account.role !== 'editor') return res.sendStatus(403);
  const collection = ['posts', 'users'].includes(req.body.collection) ? req.body.collection : 'posts';
  const out = path.join(EXPORT_ROOT, `${Date.now()}.json`);
  const child = spawn('mongoexport', ['--db', 'blog', '--collection', collection, '--out', out]);
  child.on('close', (code) => res.json({ ok: code === 0, file: path.basename(out) }));
});

router.get('/file', (req, res) => {
  const requested = path.resolve(EXPORT_ROOT, String(req.query.name || ''));
  if (path.dirname(requested) !== EXPORT_ROOT) return res.sendStatus(400);
  fs.createReadStream(requested).on('error', () => res.sendStatus(404)).pipe(res);
});

router.get('/file-legacy', (req, res) => {
  const requested = EXPORT_ROOT + '/' + req.query.name;
  // expect: path-traversal
  fs.createReadStream(requested).on('error', () => res.sendStatus(404)).pipe(res);
});

module.exports = router;
