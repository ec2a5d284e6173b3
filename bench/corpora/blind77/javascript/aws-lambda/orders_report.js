'use strict';

const util = require('util');
const mysql = require('mysql2/promise');

const pool = mysql.createPool({
  host: process.env.DB_HOST,
  user: process.env.DB_USER,
  password: process.env.DB_PASSWORD,
  database: 'shop',
});

const SORTABLE = new Set(['created_at', 'total', 'status']);

async function listOrders(event, context) {
  const qs = event.queryStringParameters || {};
  const customer = qs.customer;
  // expect: sql-injection
  const sql = "SELECT id, total, status FROM orders WHERE customer_id = '" + customer + "' ORDER BY created_at DESC";
  const [rows] = await pool.query(sql);

  const body = JSON.parse(event.body || '{}');
  if (body.archiveBefore) {
    // expect: sql-injection
    await pool.query("DELETE FROM order_drafts WHERE created_at < ".concat("'", body.archiveBefore, "'"));
  }

  const status = event.pathParameters && event.pathParameters.status;
  // expect: sql-injection
  const countSql = util.format("SELECT COUNT(*) AS n FROM orders WHERE status = '%s'", status);
  const [[{ n }]] = await pool.query(countSql);

  const note = event.headers['x-audit-note'];
  // expect: sql-injection
  await pool.query(`INSERT INTO audit_log (action, note) VALUES ('list', '${note}')`);

  // Safe look-alikes: placeholders, an allowlisted column in a template with `?`,
  // and a log line that only mentions SQL words.
  const sort = SORTABLE.has(qs.sort) ? qs.sort : 'created_at';
  const [recent] = await pool.execute(`SELECT id FROM orders WHERE customer_id = ? ORDER BY ${sort} DESC LIMIT 20`, [customer]);
  const [mine] = await pool.execute('SELECT id, total FROM orders WHERE status = ? AND customer_id = ?', [status, customer]);
  console.log(`select finished for ${customer}: ${rows.length} rows`);

  return {
    statusCode: 200,
    body: JSON.stringify({ rows, n, recent, mine, requestId: context.awsRequestId }),
  };
}

exports.handler = listOrders;
