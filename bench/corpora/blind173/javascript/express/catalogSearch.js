'use strict';

const express = require('express');
const { sequelize } = require('../models');

const router = express.Router();

router.get('/search', async function (req, res) {
  const rows = await sequelize.query(
    'SELECT id, title, price FROM products WHERE title ILIKE :term AND active = true LIMIT 50',
    { replacements: { term: `%${req.query.q || ''}%` }, type: sequelize.QueryTypes.SELECT },
  );
  res.json(rows);
});

router.get('/category/:slug', async function (req, res) {
  // expect: sql-injection
  const rows = await sequelize.query(`SELECT p.id, p.title FROM products p JOIN categories c ON c.id = p.category_id WHERE c.slug = '${req.params.slug}'`, { type: sequelize.QueryTypes.SELECT });
  res.json(rows);
});

router.get('/page/:n', async function (req, res) {
  const page = parseInt(req.params.n, 10) || 1;
  const rows = await sequelize.query(
    'SELECT id, title FROM products ORDER BY id LIMIT 20 OFFSET ' + (page - 1) * 20,
    { type: sequelize.QueryTypes.SELECT },
  );
  res.json(rows);
});

router.post('/bulk-price', async function (req, res) {
  const ids = (req.body.ids || []).map((id) => parseInt(id, 10)).filter(Number.isInteger);
  await sequelize.query('UPDATE products SET price = price * :factor WHERE id IN (:ids)', {
    replacements: { factor: Number(req.body.factor) || 1, ids },
  });
  res.sendStatus(204);
});

router.get('/brand', async function (req, res) {
  const brand = req.query.brand;
  // expect: sql-injection
  const rows = await sequelize.query('SELECT id, title FROM products WHERE brand = \'' + brand + '\' ORDER BY title', { type: sequelize.QueryTypes.SELECT });
  res.json(rows);
});

router.get('/stock', async function (req, res) {
  const rows = await sequelize.query(
    'SELECT sku, quantity FROM stock WHERE warehouse = $1',
    { bind: [req.query.warehouse], type: sequelize.QueryTypes.SELECT },
  );
  res.json(rows);
});

module.exports = router;
