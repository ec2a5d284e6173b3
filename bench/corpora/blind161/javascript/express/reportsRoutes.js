// Reporting endpoints over the analytics database.
const express = require('express');
const knex = require('knex')({ client: 'pg', connection: process.env.ANALYTICS_URL });

const router = express.Router();
const SORTABLE = new Set(['created_at', 'total', 'customer_id']);

router.get('/reports/orders', async function (req, res) {
  const status = req.query.status;
  // expect: sql-injection
  const rows = await knex('orders').whereRaw(`status = '${status}'`).limit(100);
  res.json(rows);
});

router.get('/reports/orders/by-customer', async function (req, res) {
  const rows = await knex('orders').whereRaw('customer_id = ?', [req.query.customerId]).limit(100);
  res.json(rows);
});

router.get('/reports/revenue', async function (req, res) {
  const from = req.query.from;
  const to = req.query.to;
  // expect: sql-injection
  const result = await knex.raw("SELECT date_trunc('day', created_at) AS day, sum(total) FROM orders WHERE created_at BETWEEN '" + from + "' AND '" + to + "' GROUP BY 1");
  res.json(result.rows);
});

router.get('/reports/top', async function (req, res) {
  const column = SORTABLE.has(req.query.sort) ? req.query.sort : 'created_at';
  const limit = parseInt(req.query.limit, 10) || 20;
  const rows = await knex('orders').orderBy(column, 'desc').limit(Math.min(limit, 500));
  res.json(rows);
});

router.post('/reports/segment', express.json(), async function (req, res) {
  // expect: sql-injection
  const rows = await knex.select('*').fromRaw('(SELECT * FROM customers WHERE region = ' + req.body.region + ') AS c');
  res.json(rows);
});

router.get('/reports/count', async function (req, res) {
  const result = await knex.raw('SELECT count(*) AS n FROM orders');
  res.json({ count: Number(result.rows[0].n) });
});

module.exports = router;
