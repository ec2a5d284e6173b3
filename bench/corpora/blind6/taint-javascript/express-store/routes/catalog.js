const express = require('express');
const path = require('path');
const { body, query, validationResult } = require('express-validator');
const sanitizeHtml = require('sanitize-html');
const DOMPurify = require('isomorphic-dompurify');
const { knex } = require('../db');

const router = express.Router();
const IMAGES = path.join(__dirname, '..', 'public', 'images');
const COLUMNS = new Set(['name', 'price', 'created_at']);

router.get('/catalog', query('page').isInt({ min: 1 }).toInt(), async (req, res) => {
  const errors = validationResult(req);
  if (!errors.isEmpty()) return res.status(400).json({ errors: errors.array() });
  const sort = COLUMNS.has(req.query.sort) ? req.query.sort : 'name';
  const rows = await knex('products').select('id', 'name').orderBy(sort).limit(20).offset((req.query.page - 1) * 20);
  res.json(rows);
});

router.get('/catalog/find', async (req, res) => {
  const rows = await knex('products').where({ name: req.query.name }).select('id', 'name');
  res.json(rows);
});

router.get('/catalog/raw', async (req, res) => {
  const rows = await knex.raw('SELECT id, name FROM products WHERE name = ?', [req.query.name]);
  res.json(rows.rows);
});

router.get('/catalog/image/:name', (req, res) => {
  res.sendFile(path.basename(req.params.name), { root: IMAGES }, (err) => {
    if (err) res.status(404).end();
  });
});

router.post('/catalog/description', body('html').isString(), (req, res) => {
  const clean = sanitizeHtml(req.body.html, { allowedTags: ['b', 'i', 'em', 'strong', 'a'] });
  res.send(`<div class="description">${clean}</div>`);
});

router.post('/catalog/preview', (req, res) => {
  res.send('<div class="preview">' + DOMPurify.sanitize(req.body.html) + '</div>');
});

router.get('/catalog/count', async (req, res) => {
  const [{ n }] = await knex('products').count({ n: '*' });
  res.send(`<p>${Number(n)} products</p>`);
});

router.get('/catalog/go', (req, res) => {
  res.redirect(302, '/catalog?page=' + encodeURIComponent(req.query.page || '1'));
});

router.get('/catalog/echo', (req, res) => {
  res.json({ echo: req.query.q });
});

module.exports = router;
