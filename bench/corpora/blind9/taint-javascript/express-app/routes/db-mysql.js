// library: Express + mysql2
const express = require('express');
const mysql = require('mysql2/promise');

const router = express.Router();
const pool = mysql.createPool({ uri: process.env.MYSQL_URL });

router.get('/orders/:id', async (req, res) => {
  const [rows] = await pool.execute('SELECT * FROM orders WHERE id = ?', [req.params.id]);
  res.json(rows[0] || null);
});

router.get('/orders', async (req, res) => {
  // expect: sql-injection
  const [rows] = await pool.query(`SELECT * FROM orders WHERE status = '${req.query.status}'`);
  res.json(rows);
});

router.get('/customers/:email/orders', async (req, res) => {
  // expect: sql-injection
  const [rows] = await pool.query('SELECT * FROM orders WHERE customer_email = "' + req.params.email + '"');
  res.json(rows);
});

router.get('/orders-by-day', async (req, res) => {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(req.query.day) ? req.query.day : '1970-01-01';
  const [rows] = await pool.query('SELECT * FROM orders WHERE DATE(created_at) = ?', [day]);
  res.json(rows);
});

module.exports = router;
