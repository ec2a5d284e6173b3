'use strict';

const fs = require('fs');
const path = require('path');
const express = require('express');
const wkhtmltoimage = require('wkhtmltoimage');
const { Sites } = require('../models');

const router = express.Router();
const SELF_ORIGIN = process.env.SELF_ORIGIN || 'http://127.0.0.1:3000';
const CACHE_DIR = path.join(__dirname, '..', 'cache', 'og');
const IMAGE_OPTS = { format: 'png', width: 1200, height: 630, quality: 80 };

// Open Graph card for one of our own posts, rendered from our own template route.
router.get('/og/posts/:id.png', (req, res) => {
  const id = Number.parseInt(req.params.id, 10);
  if (!Number.isFinite(id)) return res.sendStatus(400);
  res.type('png');
  wkhtmltoimage.generate(`${SELF_ORIGIN}/cards/posts/${id}`, IMAGE_OPTS).pipe(res);
});

// "Preview any link" tool in the editor.
router.get('/og/preview', (req, res) => {
  res.type('png');
  // expect: ssrf
  wkhtmltoimage.generate(req.query.url, IMAGE_OPTS).pipe(res);
});

router.post('/og/custom', express.urlencoded({ extended: false }), (req, res) => {
  const html = `<html><body style="font-family: sans-serif"><h1>${req.body.headline}</h1><img src="${req.body.imageUrl}"></body></html>`;
  res.type('png');
  // expect: ssrf
  wkhtmltoimage.generate(html, { format: 'png', width: 1200 }).pipe(res);
});

async function refreshSiteThumbnails() {
  const sites = await Sites.findAll({ where: { thumbnailStale: true } });
  for (const site of sites) {
    const output = path.join(CACHE_DIR, `${site.id}.png`);
    // expect: ssrf
    wkhtmltoimage.generate(site.homepageUrl, { output, format: 'png' }, (code) => {
      if (code === 0) site.update({ thumbnailStale: false });
    });
  }
}

function warmDefaultCard() {
  const out = path.join(CACHE_DIR, 'default.png');
  if (!fs.existsSync(out)) {
    wkhtmltoimage.generate('https://www.example.com/', { output: out, format: 'png' });
  }
}

module.exports = { router, refreshSiteThumbnails, warmDefaultCard };
