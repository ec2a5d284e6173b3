'use strict';

const util = require('util');
const mysql = require('mysql2/promise');

const pool = mysql.createPool({
  host: process.env.DB_HOST,
  user: process.env.DB_USER,
  password: process.env.DB_PASSWORD,
  database: 'shop',
  connectionLimit: 4,
});

const COUNT_OPEN = 'SELECT COUNT(*) AS open FROM orders WHERE status = ?';

async function findOrders(event) {
  const params = event.queryStringParameters || {};
  const customerId = params.customerId;
  const status = params.status;

  // expect: sql-injection
  const [orders] = await pool.query(`SELECT id, total, created_at FROM orders WHERE customer_id = '${customerId}'`);

  let archived = [];
  if (params.includeArchived === 'true') {
    // expect: sql-injection
    [archived] = await pool.query("SELECT id, total FROM orders_archive WHERE customer_id = " + customerId + " AND status = '" + status + "'");
  }

  const [[{ open }]] = await pool.execute(COUNT_OPEN, ['open']);
  console.log(`SELECT by customer ${customerId} returned ${orders.length} rows`);

  return {
    statusCode: 200,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ orders, archived, open }),
  };
}

async function updateNote(event) {
  const body = JSON.parse(event.body || '{}');
  const orderId = event.pathParameters.orderId;

  // expect: sql-injection
  const sql = util.format("UPDATE orders SET note = '%s' WHERE id = %s", body.note, orderId);
  // expect: sql-injection
  await pool.query(sql);

  // expect: sql-injection
  await pool.query("DELETE FROM order_drafts WHERE order_id = ".concat(orderId));

  await pool.execute('UPDATE orders SET updated_at = NOW() WHERE id = ?', [orderId]);
  return { statusCode: 204, body: '' };
}

exports.handler = async function (event, context) {
  context.callbackWaitsForEmptyEventLoop = false;
  if (event.httpMethod === 'PATCH') {
    return updateNote(event);
  }
  return findOrders(event);
};
