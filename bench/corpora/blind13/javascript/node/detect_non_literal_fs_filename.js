// library: node:fs with request-derived file names (express route)
const express = require('express');
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');

const router = express.Router();
const AVATAR_DIR = path.resolve(__dirname, '../data/avatars');

router.get('/logs', async (req, res) => {
  // expect: path-traversal
  const text = await fsp.readFile(`/var/log/app/${req.query.file}`, 'utf8');
  res.type('text/plain').send(text);
});

router.get('/avatars/:name', (req, res) => {
  const full = path.resolve(AVATAR_DIR, req.params.name);
  if (!full.startsWith(AVATAR_DIR + path.sep)) return res.sendStatus(400);
  fs.createReadStream(full).pipe(res);
});

router.delete('/drafts/:id', async (req, res) => {
  // expect: path-traversal
  await fsp.unlink(path.join(__dirname, 'drafts', req.params.id + '.md'));
  res.sendStatus(204);
});

router.post('/notes', express.text(), (req, res) => {
  // expect: path-traversal
  fs.writeFileSync('/srv/notes/' + req.query.title, req.body);
  res.sendStatus(201);
});

router.get('/exports/:id', async (req, res) => {
  const id = Number.parseInt(req.params.id, 10);
  if (!Number.isInteger(id)) return res.sendStatus(400);
  res.type('text/csv').send(await fsp.readFile(path.join('/srv/exports', `${id}.csv`)));
});

router.get('/templates/:kind', async (req, res) => {
  const file = { invoice: 'invoice.html', receipt: 'receipt.html' }[req.params.kind] || 'default.html';
  res.send(await fsp.readFile(path.join(__dirname, 'templates', file), 'utf8'));
});

module.exports = router;
