// express-store/routes/products.js: catalogue listing and search (SQL built over several statements)
'use strict';
const express = require('express');
const { param, intParam, oneOf, str } = require('../utils/request');
const { runSql, column } = require('../utils/db');

const router = express.Router();
const SORTS = ['price', 'name', 'created_at'];

router.get('/products', async (req, res) => {
  const category = param(req, 'category', 'all');
  let sql = 'SELECT id, name, price FROM products WHERE published';
  if (category !== 'all') {
    sql += ` AND category = '${category}'`;
  }
  // expect: sql-injection
  const rows = await runSql(sql + ' ORDER BY name LIMIT 50');
  res.json(rows);
});

router.get('/v2/products', async (req, res) => {
  const category = str(req, 'category', 'all');
  const values = [];
  let sql = 'SELECT id, name, price FROM products WHERE published';
  if (category !== 'all') {
    values.push(category);
    sql += ` AND category = $${values.length}`;
  }
  const sort = oneOf(req, 'sort', SORTS, 'name');
  const limit = intParam(req, 'limit', 50, 1, 200);
  res.json(await runSql(`${sql} ORDER BY ${column(sort, SORTS)} LIMIT ${limit}`, values));
});

router.get('/products/sorted', async (req, res) => {
  const sort = req.query.sort || 'name';
  const dir = req.query.dir === 'asc' ? 'ASC' : 'DESC';
  // expect: sql-injection
  res.json(await runSql(`SELECT id, name, price FROM products ORDER BY ${sort} ${dir}`));
});

router.get('/products/search', async (req, res) => {
  const term = str(req, 'q');
  let where;
  if (term.length > 2) {
    where = `name ILIKE '%${term}%'`;
  } else {
    where = 'TRUE';
  }
  // expect: sql-injection
  res.json(await runSql(`SELECT id, name FROM products WHERE ${where} LIMIT 20`));
});

router.get('/products/featured', async (req, res) => {
  const mode = param(req, 'mode', 'new');
  let orderBy;
  switch (mode) {
    case 'popular':
      orderBy = 'sold_count DESC';
      break;
    case 'cheap':
      orderBy = 'price ASC';
      break;
    default:
      orderBy = 'created_at DESC';
  }
  res.json(await runSql(`SELECT id, name FROM products WHERE featured ORDER BY ${orderBy} LIMIT 12`));
});

router.get('/products/by-tag', async (req, res) => {
  const { tag = 'sale', limit = 20 } = req.query;
  const q = { text: `SELECT id, name FROM products WHERE $1 = ANY(tags) LIMIT ${Math.min(Number(limit) || 20, 100)}`, values: [tag] };
  res.json(await runSql(q.text, q.values));
});

router.get('/products/price-range', async (req, res) => {
  const range = { min: param(req, 'min', 0), max: param(req, 'max', 1e9) };
  // expect: sql-injection
  res.json(await runSql(`SELECT id, name, price FROM products WHERE price BETWEEN ${range.min} AND ${range.max}`));
});

router.get('/products/:id', async (req, res) => {
  const id = intParam(req, 'id', -1, 1);
  const [row] = await runSql('SELECT * FROM products WHERE id = $1', [id]);
  return row ? res.json(row) : res.sendStatus(404);
});

module.exports = router;
