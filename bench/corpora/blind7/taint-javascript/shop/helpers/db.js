'use strict';

const mysql = require('mysql2');

const pool = mysql.createPool({
  host: process.env.DB_HOST,
  user: process.env.DB_USER,
  password: process.env.DB_PASSWORD,
  database: 'shop',
  connectionLimit: 10,
});

function findProductsByName(name, cb) {
  // expect: sql-injection
  pool.query("SELECT id, name, price FROM products WHERE name LIKE '%" + name + "%'", cb);
}

function findProductsByNameSafe(name, cb) {
  pool.execute('SELECT id, name, price FROM products WHERE name LIKE ?', [`%${name}%`], cb);
}

function listProducts(sort, limit, cb) {
  pool.query(`SELECT id, name, price FROM products ORDER BY ${pool.escapeId(sort)} LIMIT ?`, [limit], cb);
}

module.exports = { pool, findProductsByName, findProductsByNameSafe, listProducts };
