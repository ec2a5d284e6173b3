'use strict';

const mysql = require('mysql2');

const pool = mysql.createPool({
  host: process.env.DB_HOST,
  user: process.env.DB_USER,
  password: process.env.DB_PASSWORD,
  database: 'reports',
});
const db = pool.promise();

function findCustomer(connection, customerId, callback) {
  // expect: sql-injection
  connection.query('SELECT id, name, email FROM customers WHERE id = ' + customerId, function (err, rows) {
    if (err) return callback(err);
    callback(null, rows[0]);
  });
}

async function salesByRegion(region, sortColumn) {
  // expect: sql-injection
  const [rows] = await db.query(`SELECT region, SUM(total) AS total FROM sales WHERE region = '${region}' ORDER BY ${sortColumn}`);
  return rows;
}

async function searchProducts(term, limit) {
  let sql = 'SELECT id, title FROM products WHERE title LIKE "%' + term + '%"';
  sql += ' LIMIT ' + limit;
  // expect: sql-injection
  const [rows] = await db.query(sql);
  return rows;
}

function archiveBefore(conn, table, cutoff) {
  return new Promise((resolve, reject) => {
    // expect: sql-injection
    conn.query(['DELETE FROM', table, 'WHERE created_at <', `'${cutoff}'`].join(' '), (err, result) => {
      if (err) reject(err); else resolve(result.affectedRows);
    });
  });
}

async function findOrder(orderId) {
  const [rows] = await db.query('SELECT * FROM orders WHERE id = ?', [orderId]);
  return rows[0];
}

async function countOpenTickets() {
  const [rows] = await db.query('SELECT COUNT(*) AS n FROM tickets WHERE closed_at IS NULL');
  return rows[0].n;
}

async function ordersForCustomer(customerId, status) {
  const [rows] = await db.query({ sql: 'SELECT * FROM orders WHERE customer_id = ? AND status = ?', values: [customerId, status] });
  return rows;
}

module.exports = { findCustomer, salesByRegion, searchProducts, archiveBefore, findOrder, countOpenTickets, ordersForCustomer };
