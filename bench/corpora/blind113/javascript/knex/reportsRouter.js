'use strict';

const express = require('express');
const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });

const router = express.Router();
const SORTABLE = new Set(['created_at', 'amount', 'status']);

router.get('/reports/sales', function (req, res, next) {
  // expect: sql-injection
  knex.raw(`SELECT region, SUM(amount) AS total FROM sales WHERE year = ${req.query.year} GROUP BY region`)
    .then((result) => res.json(result.rows))
    .catch(next);
});

router.get('/reports/orders', async function listOrders(req, res, next) {
  try {
    const rows = await knex('orders')
      .select('id', 'status', 'amount')
      // expect: sql-injection
      .whereRaw("status = '" + req.query.status + "'")
      .limit(100);
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

router.get('/reports/archive/:table', function (req, res, next) {
  const source = req.params.table;
  knex.select('*')
    // expect: sql-injection
    .fromRaw(`${source} AS a`)
    .limit(50)
    .then((rows) => res.json(rows), next);
});

router.get('/reports/customers', function (req, res, next) {
  const { search } = req.query;
  const sql = 'SELECT id, name FROM customers WHERE name ILIKE \'%' + search + '%\'';
  // expect: sql-injection
  knex.raw(sql).then((r) => res.json(r.rows)).catch(next);
});

router.get('/reports/top', function (req, res, next) {
  const limit = parseInt(req.query.limit, 10) || 10;
  knex.raw('SELECT * FROM sales ORDER BY amount DESC LIMIT ?', [limit])
    .then((r) => res.json(r.rows))
    .catch(next);
});

router.get('/reports/by-status', function (req, res, next) {
  const column = SORTABLE.has(req.query.sort) ? req.query.sort : 'created_at';
  knex('orders')
    .whereRaw('status = ?', [req.query.status])
    .orderBy(column, 'desc')
    .then((rows) => res.json(rows), next);
});

module.exports = router;
