'use strict';

const util = require('util');
const mysql = require('mysql2/promise');

const pool = mysql.createPool({ host: process.env.DB_HOST, user: process.env.DB_USER, password: process.env.DB_PASSWORD, database: 'shop' });

async function handle(event, context) {
  const params = event.queryStringParameters || {};
  const body = event.body ? JSON.parse(event.body) : {};

  if (event.httpMethod === 'GET' && params.customer) {
    // expect: sql-injection
    const sql = "SELECT id, total, status FROM orders WHERE customer_id = '" + params.customer + "'";
    const [rows] = await pool.query(sql);
    return { statusCode: 200, body: JSON.stringify(rows) };
  }

  if (event.httpMethod === 'GET' && params.sort) {
    // expect: sql-injection
    const [rows] = await pool.query(`SELECT id, total FROM orders ORDER BY ${params.sort} LIMIT 50`);
    return { statusCode: 200, body: JSON.stringify(rows) };
  }

  if (event.httpMethod === 'DELETE') {
    // expect: sql-injection
    await pool.query(util.format("DELETE FROM carts WHERE session_id = '%s'", event.pathParameters.session));
    return { statusCode: 204, body: '' };
  }

  if (event.httpMethod === 'PATCH') {
    // expect: sql-injection
    const update = 'UPDATE orders SET note = '.concat("'", body.note, "' WHERE id = ", body.id);
    await pool.query(update);
    return { statusCode: 200, body: '{"ok":true}' };
  }

  // Safe look-alikes: placeholders, a log line naming the table, and a message with the word select.
  const [rows] = await pool.execute('SELECT id, total FROM orders WHERE customer_id = ? LIMIT ?', [params.customerId || '', 20]);
  console.log(`select orders for ${params.customerId} in ${context.functionName}`);
  const message = 'Please select an order for customer ' + (params.customerId || 'unknown');
  return { statusCode: 200, body: JSON.stringify({ rows, message }) };
}

exports.handler = handle;
