'use strict';

const { Sequelize, QueryTypes } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL, {
  dialect: 'postgres',
  logging: false,
  dialectOptions: { ssl: { require: true, rejectUnauthorized: true } },
});

const SORTABLE = new Set(['created_at', 'total', 'customer_name']);

exports.handler = async function (event, context) {
  const qs = event.queryStringParameters || {};
  const body = event.body ? JSON.parse(event.body) : {};

  if (event.resource === '/reports/by-status') {
    // expect: sql-injection
    const rows = await sequelize.query(`SELECT id, total FROM orders WHERE status = '${qs.status}'`, { type: QueryTypes.SELECT });
    return { statusCode: 200, body: JSON.stringify(rows) };
  }

  if (event.resource === '/reports/search') {
    const where = "customer_name ILIKE '%" + body.term + "%'";
    // expect: sql-injection
    const rows = await sequelize.query('SELECT id, customer_name FROM orders WHERE ' + where, {
      type: QueryTypes.SELECT,
    });
    return { statusCode: 200, body: JSON.stringify(rows) };
  }

  if (event.resource === '/reports/export') {
    const sql = 'SELECT * FROM orders ORDER BY ' + qs.sort + ' ' + (qs.dir || 'ASC');
    // expect: sql-injection
    const [rows] = await sequelize.query(sql);
    return { statusCode: 200, body: JSON.stringify(rows) };
  }

  if (event.resource === '/reports/by-customer') {
    const rows = await sequelize.query('SELECT id, total FROM orders WHERE customer_id = :customerId', {
      replacements: { customerId: event.pathParameters.customerId },
      type: QueryTypes.SELECT,
    });
    return { statusCode: 200, body: JSON.stringify(rows) };
  }

  if (event.resource === '/reports/top') {
    const column = SORTABLE.has(qs.sort) ? qs.sort : 'created_at';
    const rows = await sequelize.query(`SELECT id, total FROM orders ORDER BY ${column} DESC LIMIT $1`, {
      bind: [Math.min(Number(qs.limit) || 10, 100)],
      type: QueryTypes.SELECT,
    });
    return { statusCode: 200, body: JSON.stringify(rows) };
  }

  return { statusCode: 404, body: '{}' };
};
