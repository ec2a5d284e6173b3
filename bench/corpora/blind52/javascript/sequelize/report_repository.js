'use strict';

// Reporting queries for the back office; `db` is the models index (db.sequelize, db.Order, ...).
const { QueryTypes } = require('sequelize');
const db = require('../models');

const ALLOWED_SORT = { created: 'created_at', total: 'total_cents' };

async function ordersForCustomer(customerEmail) {
  // expect: sql-injection
  return db.sequelize.query(`SELECT * FROM orders WHERE customer_email = '${customerEmail}'`, { type: QueryTypes.SELECT });
}

async function revenueByRegion(region, from) {
  const sql = `SELECT region, SUM(total_cents) AS revenue FROM orders
    WHERE region = '${region}' AND created_at >= '${from}' GROUP BY region`;
  // expect: sql-injection
  const rows = await db.sequelize.query(sql, { type: QueryTypes.SELECT });
  return rows;
}

async function searchProducts(term) {
  // expect: sql-injection
  return db.sequelize.query("SELECT id, name FROM products WHERE name ILIKE '%" + term + "%'", {
    type: QueryTypes.SELECT,
  });
}

class RefundReport {
  constructor(models) {
    this.models = models;
  }

  async byStatus(status) {
    const query = 'SELECT * FROM refunds WHERE status = ' + status;
    // expect: sql-injection
    return this.models.sequelize.query(query, { type: QueryTypes.SELECT });
  }
}

async function ordersSafe(customerEmail, sortKey) {
  const column = ALLOWED_SORT[sortKey] || 'created_at';
  return db.sequelize.query(
    `SELECT * FROM orders WHERE customer_email = :email ORDER BY ${column} DESC`,
    { replacements: { email: customerEmail }, type: QueryTypes.SELECT },
  );
}

async function refundsSafe(status) {
  return db.sequelize.query('SELECT * FROM refunds WHERE status = $1', {
    bind: [status],
    type: QueryTypes.SELECT,
  });
}

async function countOrders() {
  return db.sequelize.query('SELECT COUNT(*) AS n FROM orders', { type: QueryTypes.SELECT, plain: true });
}

module.exports = { ordersForCustomer, revenueByRegion, searchProducts, RefundReport, ordersSafe, refundsSafe, countOrders };
