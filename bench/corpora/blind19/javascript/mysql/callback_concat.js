// mysql: callback queries with +, a query built over several statements, and placeholders
const mysql = require('mysql');
const express = require('express');

const connection = mysql.createPool({ host: process.env.DB_HOST, user: 'shop', database: 'shop' });
const router = express.Router();

router.get('/users/:id', (req, res) => {
  // expect: sql-injection
  connection.query('SELECT id, name FROM users WHERE id = ' + req.params.id, (err, rows) => {
    if (err) return res.status(500).json({ error: 'db' });
    res.json(rows[0] || null);
  });
});

router.get('/products', (req, res) => {
  let sql = 'SELECT id, title, price FROM products WHERE active = 1';
  if (req.query.q) {
    sql += ` AND title LIKE '%${req.query.q}%'`;
  }
  sql += ' ORDER BY title LIMIT 50';
  // expect: sql-injection
  connection.query(sql, (err, rows) => res.json(err ? [] : rows));
});

router.get('/users-safe/:id', (req, res) => {
  connection.query('SELECT id, name FROM users WHERE id = ?', [req.params.id], (err, rows) => {
    res.json(err ? null : rows[0] || null);
  });
});

router.get('/products-safe', (req, res) => {
  const like = '%' + String(req.query.q || '') + '%';
  connection.query({ sql: 'SELECT id, title FROM products WHERE title LIKE ? LIMIT 50', values: [like] }, (err, rows) => res.json(err ? [] : rows));
});

router.get('/by-email', (req, res) => {
  const sql = 'SELECT id FROM users WHERE email = ' + connection.escape(req.query.email);
  connection.query(sql, (err, rows) => res.json(err ? [] : rows));
});

module.exports = router;
