const express = require('express');
const { sequelize } = require('./models');
const { QueryTypes } = require('sequelize');

const app = express();
app.use(express.json());

app.get('/reports/orders', async function (req, res) {
  // expect: sql-injection
  const rows = await sequelize.query(`SELECT * FROM orders WHERE status = '${req.query.status}'`, { type: QueryTypes.SELECT });
  res.json(rows);
});

app.post('/reports/search', async function (req, res) {
  const sql = 'SELECT id, name FROM customers WHERE name LIKE \'%' + req.body.term + '%\'';
  // expect: sql-injection
  const rows = await sequelize.query(sql, { type: QueryTypes.SELECT });
  res.json(rows);
});

app.get('/reports/by-region/:region', async function (req, res) {
  const region = req.params.region;
  // expect: sql-injection
  const [rows] = await sequelize.query('SELECT region, SUM(total) AS total FROM sales WHERE region = "' + region + '" GROUP BY region');
  res.json(rows);
});

app.get('/reports/orders/:id', async function (req, res) {
  const rows = await sequelize.query('SELECT * FROM orders WHERE id = :id', { replacements: { id: req.params.id }, type: QueryTypes.SELECT });
  res.json(rows);
});

app.get('/reports/top', async function (req, res) {
  const limit = parseInt(req.query.limit, 10) || 10;
  const rows = await sequelize.query(`SELECT * FROM products ORDER BY sold DESC LIMIT ${limit}`, { type: QueryTypes.SELECT });
  res.json(rows);
});

app.get('/reports/tenants', async function (req, res) {
  const rows = await sequelize.query('SELECT * FROM tenants WHERE owner = $1', { bind: [req.query.owner], type: QueryTypes.SELECT });
  res.json(rows);
});

module.exports = app;
