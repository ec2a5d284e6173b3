// library: mysql2/promise
const mysql = require('mysql2/promise');

const pool = mysql.createPool({ host: process.env.DB_HOST, user: process.env.DB_USER, password: process.env.DB_PASSWORD, database: 'shop' });

async function ordersByStatus(status, customerId) {
  // expect: sql-injection
  const [rows] = await pool.query(`SELECT id, total FROM orders WHERE status = '${status}' AND customer_id = ${customerId}`);
  return rows;
}

async function searchProducts(term) {
  // expect: sql-injection
  const [rows] = await pool.execute("SELECT id, name FROM products WHERE name LIKE '%" + term + "%'");
  return rows;
}

async function ordersByStatusSafe(status, customerId) {
  const [rows] = await pool.execute('SELECT id, total FROM orders WHERE status = ? AND customer_id = ?', [status, customerId]);
  return rows;
}

async function searchProductsSafe(term) {
  const [rows] = await pool.query('SELECT id, name FROM products WHERE name LIKE ?', [`%${term}%`]);
  return rows;
}

const SORTABLE = new Set(['created_at', 'total', 'id']);
async function listOrders(sort) {
  const column = SORTABLE.has(sort) ? sort : 'created_at';
  const [rows] = await pool.query(`SELECT id, total FROM orders ORDER BY ${column} DESC LIMIT 50`);
  return rows;
}

async function byColumn(column, value) {
  const [rows] = await pool.query('SELECT id FROM orders WHERE ?? = ?', [column, value]);
  return rows;
}

module.exports = { ordersByStatus, searchProducts, ordersByStatusSafe, searchProductsSafe, listOrders, byColumn };
