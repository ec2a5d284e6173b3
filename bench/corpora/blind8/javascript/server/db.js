// library: mysql2 / pg
const mysql = require('mysql2/promise');
const { Pool } = require('pg');

const my = mysql.createPool({ host: process.env.MYSQL_HOST, user: 'shop', database: 'shop', password: process.env.MYSQL_PASSWORD });
const pg = new Pool({ connectionString: process.env.DATABASE_URL });

async function productBySlug(slug) {
  const [rows] = await my.execute('SELECT * FROM products WHERE slug = ?', [slug]);
  return rows[0];
}

async function productsByTag(tag) {
  // expect: sql-injection
  const [rows] = await my.query(`SELECT * FROM products WHERE FIND_IN_SET('${tag}', tags)`);
  return rows;
}

async function productsByIds(ids) {
  const [rows] = await my.query('SELECT * FROM products WHERE id IN (?)', [ids]);
  return rows;
}

async function ordersFor(email) {
  const { rows } = await pg.query('SELECT id, total FROM orders WHERE email = $1', [email]);
  return rows;
}

async function ordersSince(date) {
  // expect: sql-injection
  const { rows } = await pg.query("SELECT id, total FROM orders WHERE created_at > '" + date + "'");
  return rows;
}

const SORTS = { newest: 'created_at DESC', total: 'total DESC' };

async function ordersSorted(sort) {
  const order = SORTS[sort] || SORTS.newest;
  const { rows } = await pg.query(`SELECT id, total FROM orders ORDER BY ${order} LIMIT 50`);
  return rows;
}

async function archiveTable(suffix) {
  // expect: sql-injection
  await pg.query(`CREATE TABLE orders_${suffix} AS SELECT * FROM orders WHERE archived`);
}

module.exports = { productBySlug, productsByTag, productsByIds, ordersFor, ordersSince, ordersSorted, archiveTable };
