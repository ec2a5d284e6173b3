'use strict';

const express = require('express');
const { getParam, intParam, sortParam } = require('../helpers/params');
const db = require('../helpers/db');

const router = express.Router();

router.get('/search', (req, res, next) => {
  let q = req.query.q;
  if (!q) {
    q = '';
  }
  db.pool.query(
    // expect: sql-injection
    `SELECT id, name FROM products WHERE name LIKE '%${q}%' LIMIT 50`,
    (err, rows) => (err ? next(err) : res.json(rows)),
  );
});

router.get('/search/by-helper', (req, res, next) => {
  const name = getParam(req, 'name');
  db.findProductsByName(name, (err, rows) => (err ? next(err) : res.json(rows)));
});

router.get('/search/safe', (req, res, next) => {
  db.findProductsByNameSafe(getParam(req, 'name'), (err, rows) => (err ? next(err) : res.json(rows)));
});

router.get('/list', (req, res, next) => {
  db.listProducts(sortParam(req), intParam(req, 'limit', 20), (err, rows) => (err ? next(err) : res.json(rows)));
});

router.get('/category', (req, res, next) => {
  const raw = req.query.slug;
  let slug;
  if (raw === 'sale' || raw === 'new') {
    slug = raw;
  } else {
    slug = 'all';
  }
  db.pool.query(`SELECT id FROM products WHERE category = '${slug}'`, (err, rows) =>
    err ? next(err) : res.json(rows),
  );
});

router.get('/brand', (req, res, next) => {
  const brand = req.query.brand ?? 'acme';
  // expect: sql-injection
  db.pool.query('SELECT id FROM products WHERE brand = "' + brand + '"', (err, rows) =>
    err ? next(err) : res.json(rows),
  );
});

router.get('/color', (req, res, next) => {
  const param = String(req.query.color || '');
  const num = 86;
  const color = 7 * 42 - num > 200 ? 'red' : param;
  db.pool.query(`SELECT id FROM products WHERE color = '${color}'`, (err, rows) =>
    err ? next(err) : res.json(rows),
  );
});

router.get('/size', (req, res, next) => {
  const size = req.query.size;
  let label;
  switch (size) {
    case 's':
    case 'm':
    case 'l':
      label = size;
      break;
    default:
      label = String(size);
  }
  // expect: sql-injection
  db.pool.query(`SELECT id FROM products WHERE size_label = '${label}'`, (err, rows) =>
    err ? next(err) : res.json(rows),
  );
});

router.get('/price', (req, res, next) => {
  const max = Number(req.query.max);
  if (!Number.isFinite(max)) {
    return res.status(400).json({ error: 'max must be a number' });
  }
  db.pool.query(`SELECT id FROM products WHERE price <= ${max}`, (err, rows) =>
    err ? next(err) : res.json(rows),
  );
});

module.exports = router;
