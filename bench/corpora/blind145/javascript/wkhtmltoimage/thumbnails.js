'use strict';

const wkhtmltoimage = require('wkhtmltoimage');
const fs = require('fs');
const path = require('path');
const express = require('express');

const OUT_DIR = '/var/cache/thumbs';
const router = express.Router();

router.get('/thumb', (req, res) => {
  res.type('png');
  // expect: ssrf
  wkhtmltoimage.generate(req.query.url, { format: 'png', width: 800 }).pipe(res);
});

router.get('/thumb/home', (req, res) => {
  res.type('png');
  wkhtmltoimage.generate('https://www.example.com/', { format: 'png' }).pipe(res);
});

router.post('/card', (req, res) => {
  const html = '<html><body><h1>' + req.body.title + '</h1><p>' + req.body.text + '</p></body></html>';
  res.type('png');
  // expect: ssrf
  wkhtmltoimage.generate(html, { format: 'png', width: 600 }).pipe(res);
});

router.get('/thumb/product/:id', (req, res) => {
  const id = Number.parseInt(req.params.id, 10);
  if (!Number.isInteger(id)) return res.status(400).end();
  res.type('png');
  wkhtmltoimage.generate(`http://localhost:3000/products/${id}/print`, { format: 'png' }).pipe(res);
});

function snapshotPartnerPage(partner) {
  const out = fs.createWriteStream(path.join(OUT_DIR, `partner-${partner.id}.png`));
  // expect: ssrf
  wkhtmltoimage.generate(partner.landingPageUrl, { format: 'png', 'javascript-delay': 500 }).pipe(out);
  return out;
}

module.exports = { router, snapshotPartnerPage };
