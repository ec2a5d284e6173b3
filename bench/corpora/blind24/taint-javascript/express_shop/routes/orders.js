const express = require('express');
const { findOrders, findOrdersWhere, buildFilter, pool } = require('../utils/db');

const router = express.Router();

router.get('/orders', async (req, res) => {
  const rows = await findOrders(req.user.id, req.query.status || 'open');
  res.json(rows);
});

router.get('/orders/search', async (req, res) => {
  const { status = 'open', coupon } = req.query;
  const filters = { status };
  if (coupon) filters.coupon = coupon;
  // expect: sql-injection
  const rows = await findOrdersWhere(buildFilter(filters));
  res.json(rows);
});

router.get('/orders/:id', async (req, res) => {
  // expect: sql-injection
  const [rows] = await pool.query(`SELECT * FROM orders WHERE id = ${req.params.id}`);
  res.json(rows[0] || null);
});

router.get('/orders/:id/safe', async (req, res) => {
  const [rows] = await pool.query('SELECT * FROM orders WHERE id = ?', [req.params.id]);
  res.json(rows[0] || null);
});

router.get('/orders/by-status/:status', async (req, res) => {
  const STATUSES = ['open', 'paid', 'shipped'];
  const status = STATUSES.includes(req.params.status) ? req.params.status : 'open';
  const rows = await findOrdersWhere(`status = '${status}'`);
  res.json(rows);
});

module.exports = router;
