const express = require('express');
const fs = require('fs');
const path = require('path');
const { zipFolder, zipFolderSafe } = require('../utils/shell');
const { fetchImage, isAllowed } = require('../utils/http');

const router = express.Router();
const EXPORTS = path.resolve(__dirname, '../exports');

router.get('/exports/:name', (req, res) => {
  const file = path.join(EXPORTS, req.params.name);
  // expect: path-traversal
  fs.readFile(file, (err, data) => (err ? res.sendStatus(404) : res.send(data)));
});

router.get('/exports-safe/:name', (req, res) => {
  res.sendFile(path.basename(req.params.name), { root: EXPORTS });
});

router.post('/archive', async (req, res) => {
  const folder = req.body.folder || 'exports';
  const name = req.body.name || 'archive';
  // expect: command-injection
  await zipFolder(folder, name);
  res.sendStatus(202);
});

router.post('/archive-safe', async (req, res) => {
  await zipFolderSafe(req.body.folder || 'exports', String(Date.now()));
  res.sendStatus(202);
});

router.post('/import-image', async (req, res) => {
  // expect: ssrf
  const data = await fetchImage(req.body.imageUrl);
  res.json({ size: data.length });
});

router.post('/import-image-safe', async (req, res) => {
  if (!isAllowed(req.body.imageUrl)) return res.status(400).json({ error: 'host not allowed' });
  const data = await fetchImage(req.body.imageUrl);
  res.json({ size: data.length });
});

module.exports = router;
