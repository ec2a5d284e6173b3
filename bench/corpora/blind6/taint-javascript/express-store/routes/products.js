const express = require('express');
const mysql = require('mysql2/promise');
const escapeHtml = require('escape-html');

const router = express.Router();
const pool = mysql.createPool({ host: 'db', user: 'store', database: 'store' });

router.get('/products', async (req, res) => {
  const category = req.query.category || '';
  // expect: sql-injection-mysql
  const [rows] = await pool.query("SELECT id, name FROM products WHERE category = '" + category + "'");
  res.json(rows);
});

router.get('/products/safe', async (req, res) => {
  const [rows] = await pool.execute('SELECT id, name FROM products WHERE category = ?', [req.query.category || '']);
  res.json(rows);
});

router.get('/products/:id', async (req, res) => {
  const id = parseInt(req.params.id, 10);
  if (Number.isNaN(id)) return res.status(400).send('bad id');
  const [rows] = await pool.query(`SELECT id, name, price FROM products WHERE id = ${id}`);
  res.json(rows[0] || null);
});

router.get('/search', (req, res) => {
  const q = req.query.q;
  // expect: xss-express-send
  res.send(`<h2>Results for ${q}</h2><ul></ul>`);
});

router.get('/search/escaped', (req, res) => {
  res.send(`<h2>Results for ${escapeHtml(req.query.q)}</h2><ul></ul>`);
});

router.get('/search/render', (req, res) => {
  res.render('search', { q: req.query.q });
});

router.get('/search/text', (req, res) => {
  res.type('text/plain').send(`Results for ${req.query.q}`);
});

router.get('/search/json', (req, res) => {
  res.json({ q: req.query.q, results: [] });
});

router.post('/reviews', async (req, res) => {
  const { productId, body } = req.body;
  // expect: sql-injection-mysql
  await pool.query(`INSERT INTO reviews (product_id, body) VALUES (${productId}, '${body}')`);
  res.status(201).end();
});

router.post('/reviews/safe', async (req, res) => {
  const { productId, body } = req.body;
  await pool.query('INSERT INTO reviews (product_id, body) VALUES (?, ?)', [productId, body]);
  res.status(201).end();
});

module.exports = router;
