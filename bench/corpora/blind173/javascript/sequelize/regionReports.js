'use strict';

// Report queries for the finance dashboard. `region` and `from` come from the dashboard's filter bar.
const db = require('../models');

const SALES_TABLE = 'sales_2026';

async function revenueByRegion(region, from) {
  // expect: sql-injection
  return db.sequelize.query(`SELECT day, SUM(amount) AS revenue FROM ${SALES_TABLE} WHERE region = '${region}' AND day >= '${from}' GROUP BY day`, { type: db.Sequelize.QueryTypes.SELECT });
}

async function revenueByRegionSafe(region, from) {
  return db.sequelize.query(
    `SELECT day, SUM(amount) AS revenue FROM ${SALES_TABLE} WHERE region = :region AND day >= :from GROUP BY day`,
    { replacements: { region, from }, type: db.Sequelize.QueryTypes.SELECT },
  );
}

async function refundsForRegion(region) {
  const sql = 'SELECT id, amount, reason FROM refunds WHERE region = \'' + region + '\' ORDER BY created_at DESC';
  // expect: sql-injection
  return db.sequelize.query(sql, { type: db.Sequelize.QueryTypes.SELECT });
}

async function topProducts(limit) {
  const n = Math.min(Math.max(parseInt(limit, 10) || 10, 1), 100);
  return db.sequelize.query(
    'SELECT sku, SUM(quantity) AS units FROM order_lines GROUP BY sku ORDER BY units DESC LIMIT ' + n,
    { type: db.Sequelize.QueryTypes.SELECT },
  );
}

async function yearTotals(year) {
  const table = `sales_${Number(year) === 2025 ? 2025 : 2026}`;
  return db.sequelize.query(`SELECT region, SUM(amount) AS total FROM ${table} GROUP BY region`, {
    type: db.Sequelize.QueryTypes.SELECT,
  });
}

async function customerSearch(term) {
  return db.sequelize.query('SELECT id, name FROM customers WHERE name ILIKE $1 LIMIT 20', {
    bind: [`%${term}%`],
    type: db.Sequelize.QueryTypes.SELECT,
  });
}

module.exports = { revenueByRegion, revenueByRegionSafe, refundsForRegion, topProducts, yearTotals, customerSearch };
