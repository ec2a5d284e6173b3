'use strict';

const express = require('express');
const { Sequelize, QueryTypes } = require('sequelize');

const router = express.Router();
const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false });
const MONTHS = /^\d{4}-(0[1-9]|1[0-2])$/;

// The same names (`month`, `sql`) appear below in functions that never see request data.
function monthlySql(month) {
  return `SELECT * FROM revenue WHERE month = '${month}'`;
}

function currentMonth() {
  const d = new Date();
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

router.get('/revenue', async (req, res) => {
  const month = req.query.month;
  const sql = monthlySql(month);
  // expect: sql-injection
  const rows = await sequelize.query(sql, { type: QueryTypes.SELECT });
  res.json(rows);
});

router.get('/revenue/checked', async (req, res) => {
  const month = String(req.query.month || '');
  if (!MONTHS.test(month)) return res.status(400).json({ error: 'month must be YYYY-MM' });
  const rows = await sequelize.query('SELECT * FROM revenue WHERE month = ?', { replacements: [month], type: QueryTypes.SELECT });
  res.json(rows);
});

async function nightlyRollup() {
  const month = currentMonth();
  const sql = monthlySql(month);
  return sequelize.query(sql, { type: QueryTypes.SELECT });
}

router.get('/revenue/by-header', async (req, res) => {
  const tenant = req.get('X-Tenant');
  // expect: sql-injection
  const rows = await sequelize.query('SELECT * FROM revenue WHERE tenant = "' + tenant + '"', { type: QueryTypes.SELECT });
  res.json(rows);
});

router.get('/revenue/cookie', async (req, res) => {
  const view = req.cookies.view || 'summary';
  // expect: xss
  res.send('<div data-view="' + view + '">loading…</div>');
});

module.exports = { router, nightlyRollup };
