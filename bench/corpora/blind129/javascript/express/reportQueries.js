'use strict';

const express = require('express');
const util = require('util');
const { pool } = require('./db');

const app = express();
app.use(express.json());

const SORTABLE = { created: 'created_at', total: 'total_cents', status: 'status' };

app.get('/reports/orders', async function orders(req, res) {
  // expect: sql-injection
  const { rows } = await pool.query(`SELECT id, total_cents FROM orders WHERE status = '${req.query.status}' ORDER BY created_at DESC`);
  res.json(rows);
});

app.delete('/carts/:id', async function dropCart(req, res) {
  // expect: sql-injection
  await pool.query(util.format("DELETE FROM carts WHERE id = %s", req.params.id));
  res.status(204).end();
});

app.post('/reports/tag', async function tagReport(req, res) {
  const label = req.body.label;
  // expect: sql-injection
  await pool.query("UPDATE reports SET label = '" + label + "' WHERE owner_id = " + req.user.id);
  res.json({ ok: true });
});

app.get('/reports/customers', async function customers(req, res) {
  const { rows } = await pool.query('SELECT id, email FROM customers WHERE region = $1 LIMIT 100', [req.query.region]);
  res.json(rows);
});

app.get('/reports/sorted', async function sorted(req, res) {
  const column = SORTABLE[req.query.sort] || 'created_at';
  const { rows } = await pool.query(`SELECT id, total_cents FROM orders ORDER BY ${column} DESC LIMIT 50`);
  res.json(rows);
});

app.get('/reports/count', async function count(req, res) {
  const { rows } = await pool.query('SELECT count(*) AS n FROM orders');
  res.json(rows[0]);
});

module.exports = app;
