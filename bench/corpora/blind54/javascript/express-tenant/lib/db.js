const mysql = require('mysql2');

const pool = mysql.createPool({
  host: process.env.MYSQL_HOST,
  user: process.env.MYSQL_USER,
  password: process.env.MYSQL_PASSWORD,
  database: 'saas',
  connectionLimit: 10,
});

const promisePool = pool.promise();

function tableFor(tenant, name) {
  return `${tenant.slug}_${name}`;
}

function safeTableFor(tenant, name) {
  if (!/^[a-z][a-z0-9]{1,30}$/.test(tenant.slug)) {
    throw new Error('invalid tenant');
  }
  return mysql.escapeId(`${tenant.slug}_${name}`);
}

module.exports = { pool, promisePool, tableFor, safeTableFor };
