// library: express + pg (order search with defaults and helpers)
const express = require('express');
const { Pool } = require('pg');

const router = express.Router();
const pool = new Pool();
const SORTS = { newest: 'created_at DESC', total: 'total DESC' };

function buildFilters(query) {
  const filters = [];
  const status = query.status || 'open';
  filters.push(`status = '${status}'`);
  if (query.customer) filters.push(`customer_id = ${query.customer}`);
  return filters.join(' AND ');
}

router.get('/orders', async (req, res) => {
  const where = buildFilters(req.query);
  // expect: sql-injection
  const { rows } = await pool.query(`SELECT id, total FROM orders WHERE ${where}`);
  res.json(rows);
});

router.get('/orders/v2', async (req, res) => {
  const status = req.query.status || 'open';
  const order = SORTS[req.query.sort] || SORTS.newest;
  const params = [status];
  let sql = 'SELECT id, total FROM orders WHERE status = $1';
  if (req.query.customer) {
    params.push(Number(req.query.customer));
    sql += ` AND customer_id = $${params.length}`;
  }
  const { rows } = await pool.query(`${sql} ORDER BY ${order}`, params);
  res.json(rows);
});

module.exports = router;
