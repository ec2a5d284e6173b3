'use strict';

const express = require('express');
const { QueryTypes } = require('sequelize');
const db = require('../models');
const { sequelize } = db;

const router = express.Router();

router.get('/search/products', async function (req, res, next) {
  try {
    // expect: sql-injection
    const rows = await sequelize.query(`SELECT id, name, price FROM products WHERE name LIKE '%${req.query.q}%'`, { type: QueryTypes.SELECT });
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

router.get('/search/orders/:customer', function (req, res, next) {
  const sql = 'SELECT * FROM orders WHERE customer_id = ' + req.params.customer + ' ORDER BY created_at DESC';
  // expect: sql-injection
  db.sequelize.query(sql, { type: QueryTypes.SELECT }).then((rows) => res.json(rows)).catch(next);
});

router.post('/search/report', async function (req, res) {
  const { groupBy, from } = req.body;
  // expect: sql-injection
  const [rows] = await sequelize.query(`SELECT ${groupBy}, COUNT(*) AS n FROM events WHERE day >= '${from}' GROUP BY ${groupBy}`);
  res.json(rows);
});

router.get('/search/tags', function (req, res, next) {
  const tag = req.headers['x-tag-filter'];
  // expect: sql-injection
  sequelize.query("SELECT post_id FROM post_tags WHERE tag = '" + tag + "'", { type: QueryTypes.SELECT })
    .then((rows) => res.json(rows), next);
});

router.get('/search/safe', async function (req, res) {
  const rows = await sequelize.query('SELECT id, name FROM products WHERE name LIKE :q', {
    replacements: { q: `%${req.query.q}%` },
    type: QueryTypes.SELECT,
  });
  res.json(rows);
});

router.get('/search/by-id/:id', function (req, res, next) {
  const id = parseInt(req.params.id, 10);
  db.sequelize.query('SELECT * FROM products WHERE id = $1', { bind: [id], type: QueryTypes.SELECT })
    .then((rows) => res.json(rows[0] || null), next);
});

module.exports = router;
