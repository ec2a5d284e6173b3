// library: Express + sequelize (query / literal with request data)
const express = require('express');
const { QueryTypes, Op } = require('sequelize');
const { sequelize, Product } = require('../models');

const router = express.Router();

router.get('/products', async (req, res) => {
  // expect: sql-injection
  const rows = await sequelize.query(`SELECT * FROM products WHERE brand = '${req.query.brand}'`, { type: QueryTypes.SELECT });
  res.json(rows);
});

router.get('/products-safe', async (req, res) => {
  const rows = await sequelize.query('SELECT * FROM products WHERE brand = :brand', { replacements: { brand: req.query.brand }, type: QueryTypes.SELECT });
  res.json(rows);
});

router.get('/products/sorted', async (req, res) => {
  // expect: sql-injection
  const rows = await Product.findAll({ order: sequelize.literal(req.query.sort) });
  res.json(rows);
});

router.get('/products/search', async (req, res) => {
  const rows = await Product.findAll({ where: { name: { [Op.iLike]: `%${req.query.q}%` } } });
  res.json(rows);
});

router.delete('/products/:id', async (req, res) => {
  // expect: sql-injection
  await sequelize.query('DELETE FROM products WHERE id = ' + req.params.id);
  res.sendStatus(204);
});

module.exports = router;
