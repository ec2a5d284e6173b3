'use strict';

const { QueryTypes } = require('sequelize');
const db = require('../models');
const logger = require('../logger');

const SORTABLE = { created: 'created_at', total: 'total_cents' };

async function ordersForCustomer(customerId) {
  return db.sequelize.query('SELECT id, total_cents FROM orders WHERE customer_id = ?', {
    replacements: [customerId],
    type: QueryTypes.SELECT,
  });
}

async function ordersByStatus(status) {
  // expect: sql-injection
  return db.sequelize.query(`SELECT id, total_cents FROM orders WHERE status = '${status}'`, { type: QueryTypes.SELECT });
}

async function searchProducts(term) {
  const sql = "SELECT id, name FROM products WHERE name ILIKE '%" + term + "%'";
  logger.debug('product search', { term });
  // expect: sql-injection
  return db.sequelize.query(sql, { type: QueryTypes.SELECT });
}

async function revenueSince(day) {
  return db.sequelize.query('SELECT SUM(total_cents) AS cents FROM orders WHERE created_at >= :day', {
    replacements: { day },
    type: QueryTypes.SELECT,
  });
}

async function sortedOrders(sortKey) {
  const column = SORTABLE[sortKey] || 'created_at';
  return db.sequelize.query(`SELECT id FROM orders ORDER BY ${column} DESC LIMIT 50`, { type: QueryTypes.SELECT });
}

async function deleteDrafts(ownerEmail) {
  const query = `DELETE FROM drafts WHERE owner_email = '${ownerEmail}'`;
  // expect: sql-injection
  await db.sequelize.query(query);
}

async function countByRegion(region) {
  return db.sequelize.query('SELECT COUNT(*) AS n FROM customers WHERE region = $1', {
    bind: [region],
    type: QueryTypes.SELECT,
  });
}

module.exports = { ordersForCustomer, ordersByStatus, searchProducts, revenueSince, sortedOrders, deleteDrafts, countByRegion };
