'use strict';
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

function buildFilter(params) {
  const clauses = [];
  if (params.status) clauses.push(`status = '${params.status}'`);
  if (params.customer) clauses.push("customer_id = " + params.customer);
  return clauses.length ? ' WHERE ' + clauses.join(' AND ') : '';
}

exports.handler = async function (event, context) {
  const id = event.pathParameters.id;
  // expect: sql-injection
  const { rows } = await pool.query(`SELECT * FROM orders WHERE id = '${id}'`);
  return { statusCode: 200, body: JSON.stringify(rows[0] || null) };
};

async function listOrders(event) {
  const sql = 'SELECT id, status FROM orders' + buildFilter(event.queryStringParameters || {});
  const client = await pool.connect();
  try {
    // expect: sql-injection
    const result = await client.query(sql);
    return { statusCode: 200, body: JSON.stringify(result.rows) };
  } finally {
    client.release();
  }
}
exports.list = listOrders;

const updateStatus = async (event) => {
  const body = JSON.parse(event.body);
  let text = 'UPDATE orders SET status = ';
  text += "'" + body.status + "'";
  text += ' WHERE id = ' + body.id;
  // expect: sql-injection
  await pool.query(text);
  return { statusCode: 204 };
};
module.exports.updateStatus = updateStatus;

exports.safeGet = async function (event) {
  const { rows } = await pool.query('SELECT * FROM orders WHERE id = $1', [event.pathParameters.id]);
  return { statusCode: 200, body: JSON.stringify(rows[0] || null) };
};

exports.safeSearch = async function (event) {
  const q = event.queryStringParameters || {};
  const { rows } = await pool.query({
    text: 'SELECT id, status FROM orders WHERE status = $1 AND customer_id = $2',
    values: [q.status, q.customer],
  });
  return { statusCode: 200, body: JSON.stringify(rows) };
};
