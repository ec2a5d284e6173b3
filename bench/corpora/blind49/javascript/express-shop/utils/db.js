'use strict';

const mysql = require('mysql2/promise');
const config = require('../config');

const pool = mysql.createPool({
  host: config.db.host,
  user: config.db.user,
  password: config.db.password,
  database: config.db.name,
  connectionLimit: 10,
});

const SORTABLE = {
  name: 'p.name',
  price: 'p.price_cents',
  newest: 'p.created_at',
};

async function listProducts(category, sortKey) {
  const orderBy = SORTABLE[sortKey] || 'p.name';
  const [rows] = await pool.query(`SELECT p.id, p.name, p.price_cents FROM products p WHERE p.category = ? ORDER BY ${orderBy}`, [category]);
  return rows;
}

async function searchProducts(term, tenant) {
  let sql = 'SELECT id, name, price_cents FROM products WHERE 1 = 1';
  sql += " AND name LIKE '%" + term + "%'";
  sql += ' AND tenant_id = ?';
  sql += ' LIMIT 50';
  // expect: sql-injection
  const [rows] = await pool.query(sql, [tenant]);
  return rows;
}

async function productsByIds(ids) {
  if (ids.length === 0) return [];
  const placeholders = ids.map(() => '?').join(', ');
  const [rows] = await pool.query(`SELECT id, name, price_cents FROM products WHERE id IN (${placeholders})`, ids);
  return rows;
}

async function ordersForTenant(tenant, status) {
  const filters = [];
  filters.push(`tenant_id = '${tenant}'`);
  if (status) {
    filters.push(`status = '${status}'`);
  }
  const where = filters.join(' AND ');
  // expect: sql-injection
  const [rows] = await pool.query('SELECT id, total_cents, status FROM orders WHERE ' + where);
  return rows;
}

async function orderById(id) {
  const [rows] = await pool.execute('SELECT * FROM orders WHERE id = ?', [id]);
  return rows[0] || null;
}

async function countOrders(limit) {
  const safeLimit = Math.min(parseInt(limit, 10) || 20, 100);
  const [rows] = await pool.query(`SELECT id FROM orders ORDER BY id DESC LIMIT ${safeLimit}`);
  return rows;
}

module.exports = {
  pool,
  listProducts,
  searchProducts,
  productsByIds,
  ordersForTenant,
  orderById,
  countOrders,
};
