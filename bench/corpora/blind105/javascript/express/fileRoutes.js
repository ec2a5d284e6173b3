'use strict';

const express = require('express');
const path = require('path');
const sharp = require('sharp');
const { streamLog, loadTheme } = require('./helpers');

const router = express.Router();
const UPLOAD_DIR = path.join(__dirname, '..', 'uploads');
const WORKSPACE = process.env.WORKSPACE_DIR || '/srv/workspace';
const LOG_DIR = '/var/log/app';
const THEMES = path.join(__dirname, '..', 'themes');

router.get('/files/:file', function (req, res) {
  // expect: path-traversal
  res.download(path.join(UPLOAD_DIR, req.params.file));
});

router.post('/thumbnails', async function makeThumb(req, res, next) {
  try {
    // expect: path-traversal
    const target = path.resolve(WORKSPACE, req.body.dest);
    await sharp(req.file.buffer).resize(200).toFile(target);
    res.sendStatus(201);
  } catch (err) {
    next(err);
  }
});

router.get('/logs', function tail(req, res) {
  const name = req.query.name;
  // expect: path-traversal
  const full = path.join(LOG_DIR, name);
  streamLog(full, res);
});

router.get('/themes/:theme', (req, res) => {
  // expect: path-traversal
  loadTheme(path.join(THEMES, req.params.theme, 'theme.json')).then((t) => res.json(t));
});

// Safe look-alikes: basename, a containment check, static paths.
router.get('/avatars/:file', function (req, res) {
  res.download(path.join(UPLOAD_DIR, 'avatars', path.basename(req.params.file)));
});

router.get('/reports', function (req, res) {
  const p = path.resolve(WORKSPACE, 'reports', String(req.query.f || ''));
  if (!p.startsWith(path.join(WORKSPACE, 'reports') + path.sep)) return res.sendStatus(403);
  return streamLog(p, res);
});

router.use('/static', express.static(path.join(__dirname, '..', 'public')));

module.exports = router;
