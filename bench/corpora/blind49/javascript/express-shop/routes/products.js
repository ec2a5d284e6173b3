'use strict';

const express = require('express');
const escapeHtml = require('escape-html');
const db = require('../utils/db');
const images = require('../utils/images');

const router = express.Router();

router.get('/', async (req, res, next) => {
  try {
    const { category = 'all', sort } = req.query;
    const rows = await db.listProducts(category, sort);
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

router.get('/search', async (req, res, next) => {
  try {
    const term = req.query.q || '';
    const rows = await db.searchProducts(term, res.locals.tenant);
    res.json({ term, results: rows });
  } catch (err) {
    next(err);
  }
});

router.get('/by-ids', async (req, res, next) => {
  try {
    const ids = String(req.query.ids || '')
      .split(',')
      .map((v) => Number.parseInt(v, 10))
      .filter(Number.isInteger);
    res.json(await db.productsByIds(ids));
  } catch (err) {
    next(err);
  }
});

router.get('/empty', (req, res) => {
  const term = req.query.q;
  const body = '<html><body><h1>No results</h1><p>Nothing matched <b>' + term + '</b>.</p></body></html>';
  res.set('Content-Type', 'text/html');
  // expect: xss
  res.send(body);
});

router.get('/empty-safe', (req, res) => {
  const term = escapeHtml(req.query.q || '');
  res.set('Content-Type', 'text/html');
  res.send(`<html><body><p>Nothing matched <b>${term}</b>.</p></body></html>`);
});

router.post('/:id/image', async (req, res, next) => {
  try {
    const { file, geometry } = req.body;
    const out = await images.resize(file, geometry);
    res.json({ ok: true, out });
  } catch (err) {
    next(err);
  }
});

router.post('/:id/image-preset', async (req, res, next) => {
  try {
    const out = await images.resizePreset(req.body.file, req.body.preset);
    res.json({ ok: true, out });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
