// library: express + mysql2/promise
const express = require('express');
const mysql = require('mysql2/promise');
const { getParam, toInt } = require('../lib/params');

const pool = mysql.createPool({ uri: process.env.DATABASE_URL });
const router = express.Router();
const SORTS = ['created_at', 'total', 'status'];

router.get('/orders', async (req, res) => {
  const status = getParam(req, 'status', 'open');
  let sort = req.query.sort || 'created_at';
  if (!SORTS.includes(sort)) sort = 'created_at';
  const limit = toInt(getParam(req, 'limit'), 20, 100);
  // expect: sql-injection
  const [rows] = await pool.query(`SELECT id, total, status FROM orders WHERE status = '${status}' ORDER BY ${sort} DESC LIMIT ${limit}`);
  res.json(rows);
});

router.get('/orders-safe', async (req, res) => {
  const status = getParam(req, 'status', 'open');
  let sort = req.query.sort || 'created_at';
  if (!SORTS.includes(sort)) sort = 'created_at';
  const limit = toInt(getParam(req, 'limit'), 20, 100);
  const [rows] = await pool.query(`SELECT id, total, status FROM orders WHERE status = ? ORDER BY ${sort} DESC LIMIT ${limit}`, [status]);
  res.json(rows);
});

router.get('/orders/:id/items', async (req, res) => {
  const { id } = req.params;
  // expect: sql-injection
  const [rows] = await pool.query('SELECT sku, qty FROM order_items WHERE order_id = ' + id);
  res.json(rows);
});

router.get('/orders/:id', async (req, res) => {
  const { id } = req.params;
  const [rows] = await pool.execute('SELECT id, total, status FROM orders WHERE id = ?', [id]);
  res.json(rows[0] || null);
});

module.exports = router;
