// Small query helpers over mysql2.
const mysql = require('mysql2/promise');

const pool = mysql.createPool({ host: process.env.DB_HOST, user: process.env.DB_USER, password: process.env.DB_PASSWORD, database: 'shop' });

async function findOrders(customerId, status) {
  const [rows] = await pool.execute('SELECT id, total FROM orders WHERE customer_id = ? AND status = ?', [customerId, status]);
  return rows;
}

async function findOrdersWhere(clause) {
  // expect: sql-injection
  const [rows] = await pool.query('SELECT id, total FROM orders WHERE ' + clause);
  return rows;
}

function buildFilter(filters) {
  return Object.entries(filters).map(([k, v]) => `${k} = '${v}'`).join(' AND ');
}

module.exports = { pool, findOrders, findOrdersWhere, buildFilter };
