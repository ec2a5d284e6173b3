'use strict';

const express = require('express');
const knex = require('knex');

const db = knex({ client: 'pg', connection: process.env.DATABASE_URL });
const app = express();
app.use(express.json());

app.get('/reports/orders', async function listOrders(req, res) {
  // expect: sql-injection
  const rows = await db.raw(`SELECT id, total FROM orders WHERE status = '${req.query.status}'`);
  res.json(rows.rows);
});

app.post('/reports/user', async function (req, res) {
  const user = await db('users')
    .select('id', 'email')
    // expect: sql-injection
    .whereRaw("email = '" + req.body.email + "'")
    .first();
  res.json(user || null);
});

app.get('/reports/table/:table', async (req, res) => {
  // expect: sql-injection
  const rows = await db.select('*').fromRaw(`${req.params.table} AS t`).limit(100);
  res.json(rows);
});

app.get('/reports/products', async ({ query }, res) => {
  // expect: sql-injection
  const rows = await db('products').select('id', 'name').orderByRaw(query.sort);
  res.json(rows);
});

app.get('/reports/posts', async (req, res) => {
  const term = req.query.q;
  // expect: sql-injection
  const rows = await db('posts').whereRaw("title ILIKE '%" + term + "%'");
  res.json(rows);
});

// Bindings and builder methods carry the values.
app.post('/reports/user-safe', async (req, res) => {
  const user = await db('users').whereRaw('email = ?', [req.body.email]).first();
  res.json(user || null);
});

app.get('/reports/sorted', async (req, res) => {
  const column = ['created_at', 'total'].includes(req.query.sort) ? req.query.sort : 'created_at';
  const rows = await db('orders').orderBy(column, 'desc').limit(50);
  res.json(rows);
});

app.get('/reports/latest', async (req, res) => {
  const rows = await db.raw('SELECT id FROM orders ORDER BY created_at DESC LIMIT ' + parseInt(req.query.limit, 10));
  res.json(rows.rows);
});

module.exports = app;
