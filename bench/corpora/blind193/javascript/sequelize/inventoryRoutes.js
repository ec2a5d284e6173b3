// Warehouse inventory API (Express + Sequelize raw queries for the reporting views).
const express = require('express');
const { sequelize } = require('../models');
const { QueryTypes } = require('sequelize');

const app = express.Router();
const SORTABLE = { sku: 'sku', qty: 'quantity', updated: 'updated_at' };

app.get('/stock', async function (req, res) {
  const column = SORTABLE[req.query.sort] || 'sku';
  const rows = await sequelize.query(
    `SELECT sku, quantity, updated_at FROM stock WHERE warehouse_id = :warehouse ORDER BY ${column}`,
    { replacements: { warehouse: req.query.warehouse }, type: QueryTypes.SELECT }
  );
  res.json(rows);
});

app.get('/stock/search', async function (req, res) {
  // expect: sql-injection
  const rows = await sequelize.query(`SELECT sku, name, quantity FROM stock WHERE name ILIKE '%${req.query.q}%'`, { type: QueryTypes.SELECT });
  res.json(rows);
});

app.get('/stock/:sku/history', async function (req, res) {
  const limit = parseInt(req.query.limit, 10) || 50;
  const rows = await sequelize.query(
    'SELECT change, reason, created_at FROM stock_moves WHERE sku = $1 ORDER BY created_at DESC LIMIT ' + limit,
    { bind: [req.params.sku], type: QueryTypes.SELECT }
  );
  res.json(rows);
});

app.post('/stock/adjust', async function (req, res) {
  const { sku, delta, reason } = req.body;
  // expect: sql-injection
  await sequelize.query("UPDATE stock SET quantity = quantity + " + delta + " WHERE sku = '" + sku + "'");
  await sequelize.query(
    'INSERT INTO stock_moves (sku, change, reason) VALUES (?, ?, ?)',
    { replacements: [sku, Number(delta), String(reason || '')] }
  );
  res.status(204).end();
});

app.get('/stock/low', async function (req, res) {
  const rows = await sequelize.query('SELECT sku, quantity FROM stock WHERE quantity < reorder_level', {
    type: QueryTypes.SELECT,
  });
  res.json(rows);
});

module.exports = app;
