const util = require('util');
const express = require('express');
const { pool } = require('../db');
const log = require('../log');

const router = express.Router();

router.get('/orders', async function (req, res) {
  // expect: sql-injection
  const sql = "SELECT id, total FROM orders WHERE status = '" + req.query.status + "' ORDER BY id";
  const { rows } = await pool.query(sql);
  res.json(rows);
});

router.get('/orders/safe', async function (req, res) {
  const { rows } = await pool.query('SELECT id, total FROM orders WHERE status = $1 ORDER BY id', [req.query.status]);
  res.json(rows);
});

router.post('/sessions/logout', async function (req, res) {
  // expect: sql-injection
  await pool.query(`DELETE FROM sessions WHERE token = '${req.cookies.sid}'`);
  res.clearCookie('sid').sendStatus(204);
});

router.get('/audit', function (req, res, next) {
  const actor = req.headers['x-actor'];
  // expect: sql-injection
  const query = util.format("SELECT * FROM audit_log WHERE actor = '%s'", actor);
  pool.query(query).then(({ rows }) => res.json(rows)).catch(next);
});

router.get('/products', async function (req, res) {
  const { q, category } = req.query;
  let sql = 'SELECT id, name, price FROM products WHERE 1 = 1';
  const params = [];
  if (category) {
    params.push(category);
    sql += ` AND category_id = $${params.length}`;
  }
  if (q) {
    // expect: sql-injection
    sql += " AND name ILIKE '%" + q + "%'";
  }
  const { rows } = await pool.query(sql, params);
  res.json(rows);
});

router.put('/profile', async function (req, res) {
  const { name } = req.body;
  try {
    await pool.query('UPDATE users SET display_name = $1 WHERE id = $2', [name, req.user.id]);
    res.sendStatus(204);
  } catch (err) {
    log.warn('Could not update profile for ' + JSON.stringify(req.body.name) + ': ' + err.message);
    res.sendStatus(500);
  }
});

module.exports = router;
