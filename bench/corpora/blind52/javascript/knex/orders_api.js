'use strict';

// Orders API (Express + knex on PostgreSQL).
const express = require('express');
const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });

const app = express();
app.use(express.json());

app.get('/orders', async function list(req, res) {
  const rows = await knex('orders')
    .select('id', 'status', 'total_cents')
    // expect: sql-injection
    .whereRaw(`status = '${req.query.status}'`)
    .limit(50);
  res.json(rows);
});

app.get('/orders/stats', async function stats(req, res) {
  const groupBy = req.query.groupBy;
  // expect: sql-injection
  const result = await knex.raw('SELECT ' + groupBy + ', COUNT(*) FROM orders GROUP BY ' + groupBy);
  res.json(result.rows);
});

app.get('/orders/archive', async function archive(req, res) {
  const rows = await knex
    .select('*')
    // expect: sql-injection
    .fromRaw(`(SELECT * FROM orders_${req.query.year}) AS o`)
    .where('o.customer_id', req.query.customerId);
  res.json(rows);
});

app.post('/orders/search', async function search(req, res) {
  const { filter } = req.body;
  const db = knex;
  // expect: sql-injection
  const rows = await db('orders').where('customer_id', filter.customerId).andWhere(db.raw(filter.clause));
  res.json(rows);
});

app.get('/orders/by-status', async function byStatus(req, res) {
  const rows = await knex('orders').whereRaw('status = ?', [req.query.status]).limit(50);
  res.json(rows);
});

app.get('/orders/:id', async function getOne(req, res) {
  const row = await knex('orders').where({ id: req.params.id }).first();
  res.status(row ? 200 : 404).json(row || null);
});

app.get('/orders/recent/:days', async function recent(req, res) {
  const days = parseInt(req.params.days, 10) || 7;
  const rows = await knex('orders').whereRaw(`created_at > now() - interval '${days} days'`);
  res.json(rows);
});

module.exports = app;
