'use strict';

const { QueryTypes } = require('sequelize');
const db = require('../models');

const SORT_COLUMNS = { revenue: 'revenue', orders: 'order_count', name: 'name' };

async function topCustomers(shopId, limit) {
  return db.sequelize.query(
    'SELECT customer_id, name, SUM(total) AS revenue FROM orders WHERE shop_id = :shopId GROUP BY customer_id, name ORDER BY revenue DESC LIMIT :limit',
    { replacements: { shopId, limit: Math.min(Number(limit) || 10, 100) }, type: QueryTypes.SELECT }
  );
}

async function salesByRegion(shopId, region) {
  // expect: sql-injection
  return db.sequelize.query(`SELECT day, SUM(total) AS revenue FROM daily_sales WHERE shop_id = ${Number(shopId)} AND region = '${region}' GROUP BY day`, { type: QueryTypes.SELECT });
}

async function productTable(shopId, sortKey) {
  const column = SORT_COLUMNS[sortKey] || 'name';
  return db.sequelize.query(`SELECT id, name, revenue, order_count FROM product_stats WHERE shop_id = :shopId ORDER BY ${column}`, {
    replacements: { shopId },
    type: QueryTypes.SELECT,
  });
}

async function couponUsage(shopId, code) {
  const sql = 'SELECT code, COUNT(*) AS uses FROM coupon_redemptions WHERE shop_id = ' + Number(shopId) + " AND code = '" + code + "' GROUP BY code";
  // expect: sql-injection
  return db.sequelize.query(sql, { type: QueryTypes.SELECT });
}

async function refreshMaterializedViews() {
  await db.sequelize.query('REFRESH MATERIALIZED VIEW CONCURRENTLY daily_sales');
  await db.sequelize.query('REFRESH MATERIALIZED VIEW CONCURRENTLY product_stats');
}

module.exports = { topCustomers, salesByRegion, productTable, couponUsage, refreshMaterializedViews };
