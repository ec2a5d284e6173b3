'use strict';

const express = require('express');
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');

const router = express.Router();
const UPLOADS = path.resolve('/srv/uploads');

router.get('/files/:name', (req, res) => {
  const file = path.join(UPLOADS, req.params.name);
  // expect: path-traversal
  res.sendFile(file);
});

router.get('/files-safe/:name', (req, res) => {
  const file = path.resolve(UPLOADS, req.params.name);
  if (!file.startsWith(UPLOADS + path.sep)) return res.status(400).end();
  res.sendFile(file);
});

router.get('/download', (req, res) => {
  const { dir, file } = req.query;
  // expect: path-traversal
  res.download(`${UPLOADS}/${dir}/${file}`);
});

router.get('/raw', async (req, res) => {
  const target = UPLOADS + '/' + req.query.path;
  // expect: path-traversal
  const data = await fsp.readFile(target);
  res.type('application/octet-stream').send(data);
});

router.get('/basename', (req, res) => {
  const name = path.basename(String(req.query.name || ''));
  fs.createReadStream(path.join(UPLOADS, name)).pipe(res);
});

router.put('/notes/:id', express.text(), (req, res) => {
  const notePath = path.join(UPLOADS, 'notes', req.params.id + '.txt');
  // expect: path-traversal
  fs.writeFile(notePath, req.body, (err) => res.status(err ? 500 : 204).end());
});

router.get('/static-list', async (_req, res) => {
  const names = await fsp.readdir(UPLOADS);
  res.json(names.filter((n) => !n.startsWith('.')));
});

module.exports = router;
