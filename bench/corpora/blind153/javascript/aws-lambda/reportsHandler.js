'use strict';

const mysql = require('mysql2/promise');

let pool;
function getPool() {
  if (!pool) {
    pool = mysql.createPool({
      host: process.env.DB_HOST,
      user: process.env.DB_USER,
      password: process.env.DB_PASSWORD,
      database: 'reports',
      connectionLimit: 2,
    });
  }
  return pool;
}

const SORTABLE = { created: 'created_at', total: 'total_cents', customer: 'customer_name' };

exports.handler = async function (event, context) {
  const q = event.queryStringParameters || {};
  const db = getPool();
  console.log('SELECT report for ' + q.region + ' requested by ' + context.awsRequestId);

  if (event.resource === '/orders') {
    // expect: sql-injection
    const [rows] = await db.query("SELECT id, total_cents FROM orders WHERE region = '" + q.region + "'");
    return { statusCode: 200, body: JSON.stringify(rows) };
  }

  if (event.resource === '/orders/by-customer') {
    const [rows] = await db.execute('SELECT id, total_cents FROM orders WHERE customer_id = ? LIMIT 100', [q.customerId]);
    return { statusCode: 200, body: JSON.stringify(rows) };
  }

  if (event.resource === '/orders/sorted') {
    const column = SORTABLE[q.sort] || 'created_at';
    const limit = Math.min(parseInt(q.limit, 10) || 50, 500);
    const [rows] = await db.query(`SELECT id, total_cents FROM orders ORDER BY ${column} DESC LIMIT ${limit}`);
    return { statusCode: 200, body: JSON.stringify(rows) };
  }

  if (event.resource === '/orders/{id}/note') {
    const body = JSON.parse(event.body || '{}');
    // expect: sql-injection
    await db.query(`UPDATE orders SET note = '${body.note}' WHERE id = ${event.pathParameters.id}`);
    return { statusCode: 204, body: '' };
  }

  if (event.resource === '/customers/search') {
    // expect: sql-injection
    const [rows] = await db.query('SELECT id, customer_name FROM customers WHERE customer_name LIKE "%'.concat(q.name, '%"'));
    return { statusCode: 200, body: JSON.stringify(rows) };
  }

  const [summary] = await db.query('SELECT COUNT(*) AS n FROM orders');
  return { statusCode: 200, body: JSON.stringify(summary[0]) };
};
