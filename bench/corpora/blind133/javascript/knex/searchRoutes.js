'use strict';

const express = require('express');
const knex = require('knex');

const db = knex({
  client: 'pg',
  connection: process.env.DATABASE_URL,
  pool: { min: 0, max: 10 },
});

const router = express.Router();

router.get('/posts/search', async function (req, res) {
  // expect: sql-injection
  const rows = await db.raw(`SELECT id, title, published_at FROM posts WHERE title ILIKE '%${req.query.q}%' ORDER BY published_at DESC`);
  res.json(rows.rows);
});

router.post('/tickets/filter', async function (req, res, next) {
  try {
    const tickets = await db('tickets')
      .select('id', 'subject', 'status')
      // expect: sql-injection
      .whereRaw("status = '" + req.body.status + "'")
      .limit(50);
    res.json(tickets);
  } catch (err) {
    next(err);
  }
});

router.get('/reports/:table', async function (req, res) {
  const source = req.params.table;
  const sql = 'SELECT day, total FROM ' + source + ' WHERE day > now() - interval \'30 days\'';
  // expect: sql-injection
  const report = await db.raw(sql);
  res.json(report.rows);
});

router.get('/posts/:id', async function (req, res) {
  const result = await db.raw('SELECT id, title, body FROM posts WHERE id = ?', [req.params.id]);
  res.json(result.rows[0] || null);
});

router.get('/orders/recent', async function (req, res) {
  const orders = await db('orders')
    .whereRaw('created_at > ?', [req.query.since])
    .orderBy('created_at', 'desc');
  res.json(orders);
});

router.get('/orders/page', async function (req, res) {
  const page = await db.raw('SELECT id, total FROM orders ORDER BY id LIMIT 20 OFFSET ' + parseInt(req.query.offset, 10));
  res.json(page.rows);
});

router.get('/health', async function (req, res) {
  await db.raw('SELECT 1');
  res.json({ ok: true });
});

module.exports = router;
