'use strict';

const mysql = require('mysql2/promise');

const pool = mysql.createPool({
  host: process.env.DB_HOST || '127.0.0.1',
  user: process.env.DB_USER || 'shop',
  password: process.env.DB_PASSWORD,
  database: process.env.DB_NAME || 'shop',
  waitForConnections: true,
  connectionLimit: 10,
});

async function ping() {
  const [rows] = await pool.query('SELECT 1 AS ok');
  return rows[0].ok === 1;
}

module.exports = { pool, ping };
