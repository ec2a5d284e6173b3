'use strict';

const fs = require('fs');
const path = require('path');
const express = require('express');
const log = require('./log');

const router = express.Router();
const ROOT = path.resolve(process.env.STORE_ROOT || '/var/lib/notes');
const TEMPLATE = path.join(__dirname, 'templates', 'note.md');

function inRoot(name) {
  const full = path.resolve(ROOT, name);
  if (!full.startsWith(ROOT + path.sep)) throw new Error('outside store');
  return full;
}

router.get('/notes/:name', (req, res) => {
  // expect: path-traversal
  fs.readFile(ROOT + '/' + req.params.name, 'utf8', (err, text) => {
    if (err) return res.sendStatus(404);
    return res.type('text/markdown').send(text);
  });
});

router.put('/notes/:name', express.text(), (req, res) => {
  const target = path.join(ROOT, req.query.folder || '', req.params.name);
  // expect: path-traversal
  fs.writeFileSync(target, req.body);
  res.sendStatus(204);
});

router.delete('/notes', (req, res) => {
  // expect: path-traversal
  fs.unlink(`${ROOT}/${req.body.file}`, (err) => res.sendStatus(err ? 404 : 204));
});

router.get('/safe/notes/:name', (req, res) => {
  let full;
  try {
    full = inRoot(req.params.name);
  } catch (e) {
    return res.sendStatus(400);
  }
  return fs.createReadStream(full).pipe(res.type('text/markdown'));
});

router.post('/notes', (req, res) => {
  const id = Date.now().toString(36);
  const text = fs.readFileSync(TEMPLATE, 'utf8');
  fs.writeFileSync(path.join(ROOT, id + '.md'), text);
  log.info('note created', id);
  res.status(201).json({ id });
});

router.get('/health', (req, res) => {
  res.json({ ok: fs.existsSync('/var/lib/notes') });
});

module.exports = router;
