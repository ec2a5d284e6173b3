// library: mysql2 (query / execute / format)
const mysql = require('mysql2/promise');

const pool = mysql.createPool({ host: process.env.DB_HOST, user: process.env.DB_USER, password: process.env.DB_PASSWORD, database: 'shop' });

async function orderById(id) {
  // expect: sql-injection
  const [rows] = await pool.query('SELECT * FROM orders WHERE id = ' + id);
  return rows[0];
}

async function orderByIdSafe(id) {
  const [rows] = await pool.execute('SELECT * FROM orders WHERE id = ?', [id]);
  return rows[0];
}

async function ordersFor(customer, status) {
  // expect: sql-injection
  const [rows] = await pool.query(`SELECT * FROM orders WHERE customer = '${customer}' AND status = '${status}'`);
  return rows;
}

async function ordersForSafe(customer, status) {
  const [rows] = await pool.query('SELECT * FROM orders WHERE customer = ? AND status = ?', [customer, status]);
  return rows;
}

async function ordersForEscaped(customer) {
  const [rows] = await pool.query('SELECT * FROM orders WHERE customer = ' + pool.escape(customer));
  return rows;
}

async function sortedOrders(column) {
  // expect: sql-injection
  const [rows] = await pool.query(`SELECT * FROM orders ORDER BY ${column} DESC`);
  return rows;
}

async function sortedOrdersSafe(column) {
  const [rows] = await pool.query('SELECT * FROM orders ORDER BY ?? DESC', [column]);
  return rows;
}

module.exports = { orderById, orderByIdSafe, ordersFor, ordersForSafe, ordersForEscaped, sortedOrders, sortedOrdersSafe };
