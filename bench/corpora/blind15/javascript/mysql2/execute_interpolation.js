// library: mysql2/promise
const mysql = require('mysql2/promise');

const pool = mysql.createPool({ uri: process.env.DATABASE_URL, connectionLimit: 10 });

async function productsInCategory(category, sort) {
  // expect: sql-injection
  const [rows] = await pool.execute(`SELECT * FROM products WHERE category = '${category}' ORDER BY ${sort}`);
  return rows;
}

async function markShipped(orderIds) {
  // expect: sql-injection
  await pool.query('UPDATE orders SET status = "shipped" WHERE id IN (' + orderIds.join(',') + ')');
}

async function productsInCategorySafe(category) {
  const [rows] = await pool.execute('SELECT * FROM products WHERE category = ? ORDER BY name', [category]);
  return rows;
}

async function markShippedSafe(orderIds) {
  await pool.query('UPDATE orders SET status = "shipped" WHERE id IN (?)', [orderIds]);
}

async function byColumn(column, value) {
  const [rows] = await pool.query('SELECT * FROM products WHERE ?? = ?', [column, value]);
  return rows;
}

module.exports = { productsInCategory, markShipped, productsInCategorySafe, markShippedSafe, byColumn };
