const express = require('express');
const { Sequelize, QueryTypes } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL);
const router = express.Router();

router.get('/products', async (req, res) => {
  const category = req.query.category;
  // expect: sql-injection
  const rows = await sequelize.query(`SELECT * FROM products WHERE category = '${category}'`, { type: QueryTypes.SELECT });
  res.json(rows);
});

router.post('/products/search', async (req, res) => {
  // expect: sql-injection
  const [rows] = await sequelize.query('SELECT * FROM products WHERE name LIKE "%' + req.body.term + '%"');
  res.json(rows);
});

router.get('/products/safe', async (req, res) => {
  const rows = await sequelize.query('SELECT * FROM products WHERE category = :category', {
    replacements: { category: req.query.category },
    type: QueryTypes.SELECT,
  });
  res.json(rows);
});

module.exports = router;
