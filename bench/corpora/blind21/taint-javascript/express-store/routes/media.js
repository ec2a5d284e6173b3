// express-store/routes/media.js: product image tools (resize, fetch from URL, read originals)
'use strict';
const path = require('path');
const fs = require('fs/promises');
const express = require('express');
const axios = require('axios');
const { sh, run, quote } = require('../utils/shell');
const { param, intParam, str } = require('../utils/request');

const router = express.Router();
const IMAGES = path.resolve(process.env.IMAGES_DIR || '/srv/store/images');
const SIZES = { thumb: '150x150', card: '400x300', hero: '1600x600' };

router.post('/media/resize', express.json(), async (req, res) => {
  const file = param(req, 'file');
  const size = param(req, 'size', '400x300');
  // expect: command-injection
  await sh(`convert ${IMAGES}/${file} -resize ${size} ${IMAGES}/resized/${file}`);
  res.json({ ok: true });
});

router.post('/v2/media/resize', express.json(), async (req, res) => {
  const file = path.basename(str(req, 'file'));
  const size = SIZES[str(req, 'size', 'card')] || SIZES.card;
  await run('convert', [path.join(IMAGES, file), '-resize', size, path.join(IMAGES, 'resized', file)]);
  res.json({ ok: true });
});

router.post('/v3/media/resize', express.json(), async (req, res) => {
  const file = path.basename(str(req, 'file'));
  const width = intParam(req, 'width', 400, 16, 4000);
  await sh(`convert ${quote(path.join(IMAGES, file))} -resize ${width}x ${quote(path.join(IMAGES, 'resized', file))}`);
  res.json({ ok: true });
});

router.post('/media/optimize', express.json(), (req, res) => {
  const files = [].concat(req.body.files || []);
  const cmd = ['jpegoptim', '--strip-all', ...files.map((f) => `${IMAGES}/${f}`)].join(' ');
  // expect: command-injection
  sh(cmd).then((out) => res.type('text/plain').send(out)).catch(() => res.sendStatus(500));
});

router.post('/media/import', express.json(), async (req, res) => {
  const source = req.body.source || {};
  const url = source.url ?? `https://cdn.example.com/${source.key}`;
  // expect: ssrf
  const r = await axios.get(url, { responseType: 'arraybuffer', timeout: 10000 });
  const name = `${Date.now()}.img`;
  await fs.writeFile(path.join(IMAGES, name), r.data);
  res.status(201).json({ name });
});

router.post('/v2/media/import', express.json(), async (req, res) => {
  const key = String(req.body.source?.key || '').replace(/[^\w./-]/g, '');
  const r = await axios.get(`https://cdn.example.com/${encodeURIComponent(key)}`, { responseType: 'arraybuffer', timeout: 10000 });
  await fs.writeFile(path.join(IMAGES, path.basename(key)), r.data);
  res.status(201).json({ name: path.basename(key) });
});

router.get('/media/original', (req, res) => {
  const name = req.query.name || 'placeholder.png';
  const full = path.join(IMAGES, 'originals', name);
  // expect: path-traversal
  fs.readFile(full).then((buf) => res.type(path.extname(full)).send(buf), () => res.sendStatus(404));
});

router.get('/v2/media/original', (req, res) => {
  const full = path.resolve(IMAGES, 'originals', String(req.query.name || 'placeholder.png'));
  if (!full.startsWith(path.join(IMAGES, 'originals') + path.sep)) return res.sendStatus(400);
  fs.readFile(full).then((buf) => res.type(path.extname(full)).send(buf), () => res.sendStatus(404));
});

module.exports = router;
