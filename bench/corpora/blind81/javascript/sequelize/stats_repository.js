'use strict';

const db = require('../models');
const { QueryTypes } = require('sequelize');

const SORTABLE = { created: 'created_at', total: 'total_cents' };

async function ordersForCustomer(customerId, status) {
  // expect: sql-injection
  return db.sequelize.query(`SELECT * FROM orders WHERE customer_id = ${customerId} AND status = '${status}'`, {
    type: QueryTypes.SELECT,
  });
}

async function searchProducts(term) {
  const sql = `SELECT id, name FROM products WHERE name ILIKE '%${term}%' LIMIT 50`;
  // expect: sql-injection
  return db.sequelize.query(sql, { type: QueryTypes.SELECT });
}

async function deleteSessions(userId) {
  // expect: sql-injection
  await db.sequelize.query('DELETE FROM sessions WHERE user_id = ' + userId);
}

async function revenueByRegion(region) {
  const query = 'SELECT region, SUM(total_cents) AS revenue FROM orders WHERE region = \'' + region + '\' GROUP BY region';
  // expect: sql-injection
  const [rows] = await db.sequelize.query(query);
  return rows;
}

async function ordersPage(customerId, sortKey, limit) {
  const column = SORTABLE[sortKey] || 'created_at';
  return db.sequelize.query(
    `SELECT * FROM orders WHERE customer_id = :customerId ORDER BY ${column} DESC LIMIT :limit`,
    { replacements: { customerId, limit: Math.min(Number(limit) || 20, 100) }, type: QueryTypes.SELECT },
  );
}

async function productByCode(code) {
  return db.sequelize.query('SELECT * FROM products WHERE code = $1', { bind: [code], type: QueryTypes.SELECT });
}

async function archiveOld(days) {
  return db.sequelize.query('DELETE FROM orders WHERE created_at < now() - interval \'90 days\'');
}

module.exports = { ordersForCustomer, searchProducts, deleteSessions, revenueByRegion, ordersPage, productByCode, archiveOld };
