'use strict';

const util = require('util');
const { Pool } = require('pg');
const mysql = require('mysql2/promise');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
let conn;

async function getConnection() {
  if (!conn) conn = await mysql.createConnection({ host: process.env.MYSQL_HOST, user: process.env.MYSQL_USER, password: process.env.MYSQL_PASSWORD, database: 'crm' });
  return conn;
}

exports.handler = function (event, context, callback) {
  const id = event.pathParameters.id;
  // expect: sql-injection
  pool.query("SELECT id, email, plan FROM accounts WHERE id = '" + id + "'", (err, res) => {
    if (err) return callback(err);
    callback(null, { statusCode: 200, body: JSON.stringify(res.rows[0] || null) });
  });
};

async function searchContacts(event) {
  const { q, sort } = event.queryStringParameters || {};
  const db = await getConnection();
  // expect: sql-injection
  const [rows] = await db.execute(`SELECT id, name FROM contacts WHERE name LIKE '%${q}%' ORDER BY ${sort || 'name'}`);
  return { statusCode: 200, body: JSON.stringify(rows) };
}
exports.search = searchContacts;

exports.purge = async function (event) {
  const body = JSON.parse(event.body);
  // expect: sql-injection
  await pool.query(util.format("DELETE FROM sessions WHERE account_id = %s AND created_at < '%s'", body.accountId, body.before));
  return { statusCode: 204 };
};

exports.rename = async function (event) {
  const { id, name } = JSON.parse(event.body);
  // expect: sql-injection
  await pool.query("UPDATE accounts SET display_name = '".concat(name, "' WHERE id = ", id));
  return { statusCode: 204 };
};

exports.get = async function (event) {
  const res = await pool.query('SELECT id, email, plan FROM accounts WHERE id = $1', [event.pathParameters.id]);
  return { statusCode: 200, body: JSON.stringify(res.rows[0] || null) };
};

exports.count = async function () {
  const res = await pool.query('SELECT COUNT(*) AS n FROM accounts');
  console.info('select count done', res.rows[0].n);
  return { statusCode: 200, body: JSON.stringify(res.rows[0]) };
};
