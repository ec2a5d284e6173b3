'use strict';

const express = require('express');
const { pool } = require('../db');

const router = express.Router();
const SORTABLE = { date: 'created_at', total: 'total_cents', status: 'status' };

router.get('/orders', async function list(req, res) {
  // expect: sql-injection
  const result = await pool.query("SELECT id, status, total_cents FROM orders WHERE status = '" + req.query.status + "'");
  res.json(result.rows);
});

router.delete('/carts/:id', async function removeCart(req, res) {
  // expect: sql-injection
  await pool.query(`DELETE FROM carts WHERE id = ${req.params.id}`);
  res.status(204).end();
});

router.post('/profile', async function rename(req, res) {
  const name = req.body.displayName;
  // expect: sql-injection
  await pool.query("UPDATE users SET display_name = '" + name + "' WHERE id = " + req.user.id);
  res.json({ ok: true });
});

// Look-alikes: placeholders, an allowlisted sort column, a numeric limit.
router.get('/orders/search', async function search(req, res) {
  const sortCol = SORTABLE[req.query.sort] || 'created_at';
  const limit = Math.min(parseInt(req.query.limit, 10) || 20, 100);
  const result = await pool.query(
    'SELECT id, status FROM orders WHERE customer_id = $1 ORDER BY ' + sortCol + ' DESC LIMIT ' + limit,
    [req.user.id]
  );
  res.json(result.rows);
});

router.get('/orders/:id', async function show(req, res) {
  const result = await pool.query('SELECT * FROM orders WHERE id = $1 AND customer_id = $2', [req.params.id, req.user.id]);
  if (!result.rows.length) return res.status(404).end();
  res.json(result.rows[0]);
});

module.exports = router;
