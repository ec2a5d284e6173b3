// library: AWS Lambda + mysql2 (promise)
// mysql2 (promise): value from the request (query)
const mysql = require('mysql2/promise');
const { getQueryParam } = require('../lib/params');

const pool = mysql.createPool({ uri: process.env.DATABASE_URL });

exports.handler = async (event) => {
  const param = getQueryParam(event, 'status');
  const values = [];
  values.push('alice');
  values.push(param);
  values.push('shipped');
  values.shift();
  const bar = values[1];
  const [rows] = await pool.query("SELECT id, total FROM orders WHERE status = '" + bar + "'");
  return { statusCode: 200, body: JSON.stringify({ orders: rows }) };
};
