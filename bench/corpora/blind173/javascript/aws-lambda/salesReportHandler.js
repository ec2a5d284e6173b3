'use strict';

// Lambda behind API Gateway: sales figures for the regional dashboards.
const { Sequelize, QueryTypes } = require('sequelize');

const sequelize = new Sequelize(process.env.REPORTS_DB_URL, {
  dialect: 'postgres',
  logging: false,
  pool: { max: 2, idle: 1000 },
});

const SORTABLE = {
  revenue: 'total_revenue',
  orders: 'order_count',
  region: 'region_name',
};

function json(statusCode, body) {
  return {
    statusCode,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  };
}

async function regionTotals(event) {
  const qs = event.queryStringParameters || {};
  const sortColumn = SORTABLE[qs.sort] || 'total_revenue';
  const rows = await sequelize.query(
    `SELECT region_name, SUM(total) AS total_revenue, COUNT(*) AS order_count
       FROM orders WHERE placed_on >= :since GROUP BY region_name ORDER BY ${sortColumn} DESC`,
    { replacements: { since: qs.since || '2026-01-01' }, type: QueryTypes.SELECT },
  );
  return json(200, rows);
}

async function storeTotals(event) {
  const qs = event.queryStringParameters || {};
  // expect: sql-injection
  const rows = await sequelize.query(`SELECT store_id, SUM(total) AS revenue FROM orders WHERE region_name = '${qs.region}' GROUP BY store_id`, { type: QueryTypes.SELECT });
  return json(200, rows);
}

async function productSearch(event) {
  const body = JSON.parse(event.body || '{}');
  const rows = await sequelize.query(
    'SELECT sku, title, price FROM products WHERE title ILIKE $1 LIMIT 50',
    { bind: [`%${body.term || ''}%`], type: QueryTypes.SELECT },
  );
  return json(200, rows);
}

async function topCustomers(event) {
  const qs = event.queryStringParameters || {};
  const limit = Math.min(parseInt(qs.limit, 10) || 10, 100);
  // expect: sql-injection
  const rows = await sequelize.query('SELECT customer_id, SUM(total) AS spent FROM orders WHERE channel = \'' + qs.channel + '\' GROUP BY customer_id ORDER BY spent DESC LIMIT ' + limit, { type: QueryTypes.SELECT });
  return json(200, rows);
}

exports.handler = async function (event) {
  switch (event.resource) {
    case '/reports/regions':
      return regionTotals(event);
    case '/reports/stores':
      return storeTotals(event);
    case '/reports/products':
      return productSearch(event);
    case '/reports/customers':
      return topCustomers(event);
    default:
      return json(404, { error: 'unknown report' });
  }
};
