const mysql = require('mysql2');

const pool = mysql.createPool({ host: process.env.DB_HOST, user: 'reports', database: 'shop' });

function salesFor(region, cb) {
  // expect: sql-injection
  pool.query("SELECT sum(total) AS total FROM orders WHERE region = '" + region + "'", cb);
}

function topProducts(limit, orderBy, cb) {
  const sql = `SELECT name, sold FROM products ORDER BY ${orderBy} LIMIT ${limit}`;
  // expect: sql-injection
  pool.query(sql, cb);
}

function salesForSafe(region, cb) {
  pool.query('SELECT sum(total) AS total FROM orders WHERE region = ?', [region], cb);
}

function ping(cb) {
  pool.query('SELECT 1', cb);
}

module.exports = { salesFor, topProducts, salesForSafe, ping };
