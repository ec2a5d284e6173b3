'use strict';

const express = require('express');
const path = require('path');
const fs = require('fs');
const wkhtmltoimage = require('wkhtmltoimage');

const router = express.Router();
const THUMB_DIR = path.join(__dirname, '..', 'public', 'thumbs');
const STATUS_PAGE = 'https://status.internal.example/overview';

router.get('/thumb', (req, res) => {
  const target = req.query.url;
  res.type('png');
  // expect: ssrf
  wkhtmltoimage.generate(target, { width: 1024, quality: 80 }).pipe(res);
});

router.post('/bookmarks/:id/preview', async (req, res) => {
  const bookmark = await req.db.bookmarks.findById(req.params.id);
  const out = fs.createWriteStream(path.join(THUMB_DIR, `${bookmark.id}.png`));
  // expect: ssrf
  wkhtmltoimage.generate(bookmark.pageUrl, { width: 800, 'crop-h': 600 }).pipe(out);
  out.on('finish', () => res.json({ ok: true }));
});

function renderCard(html, output) {
  // expect: ssrf
  return wkhtmltoimage.generate(html, { output, format: 'jpg', 'disable-javascript': false });
}

router.post('/cards', (req, res) => {
  const file = path.join(THUMB_DIR, `card-${Date.now()}.jpg`);
  renderCard(`<html><body><h1>${req.body.title}</h1></body></html>`, file);
  res.status(202).json({ file: path.basename(file) });
});

router.get('/status.png', (req, res) => {
  res.type('png');
  wkhtmltoimage.generate('https://status.internal.example/overview', { width: 1280 }).pipe(res);
});

function nightlyStatusShot() {
  var statusUrl = "https://status.internal.example/overview";
  return wkhtmltoimage.generate(statusUrl, { output: path.join(THUMB_DIR, 'status.png') });
}

module.exports = { router, nightlyStatusShot, STATUS_PAGE };
