'use strict';

const express = require('express');
const knex = require('knex')(require('../knexfile'));

const app = express.Router();

app.get('/items', async function (req, res, next) {
  try {
    const rows = await knex('items').where({ sku: req.query.sku }).select('id', 'sku', 'qty');
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

app.get('/items/low', async function (req, res) {
  const threshold = req.query.threshold;
  // expect: sql-injection
  const rows = await knex('items').whereRaw('qty < ' + threshold);
  res.json(rows);
});

app.get('/items/page', async function (req, res) {
  const limit = parseInt(req.query.limit, 10) || 20;
  const rows = await knex.raw('SELECT id, sku FROM items ORDER BY id LIMIT ' + limit);
  res.json(rows.rows);
});

app.get('/warehouses/:code/items', async function (req, res) {
  const rows = await knex.raw('SELECT * FROM items WHERE warehouse_code = ?', [req.params.code]);
  res.json(rows.rows);
});

app.post('/items/search', async function (req, res) {
  const { name } = req.body;
  // expect: sql-injection
  const rows = await knex.raw(`SELECT id, name FROM items WHERE name LIKE '%${name}%'`);
  res.json(rows.rows);
});

app.get('/items/by-tag', async function (req, res) {
  const rows = await knex('items').whereRaw('tags @> ?', [[req.query.tag]]);
  res.json(rows);
});

app.get('/suppliers', async function (req, res) {
  // expect: sql-injection
  const rows = await knex.select('*').fromRaw(`(SELECT * FROM suppliers WHERE country = '${req.query.country}') AS s`);
  res.json(rows);
});

module.exports = app;
