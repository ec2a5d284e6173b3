// pg / mysql2: database connections with ssl.rejectUnauthorized false
const { Pool } = require('pg');
const mysql = require('mysql2/promise');
const fs = require('fs');

// expect: tls-verify-off
const pool = new Pool({ connectionString: process.env.DATABASE_URL, ssl: { rejectUnauthorized: false } });

const reportingPool = new Pool({
  connectionString: process.env.REPORTING_URL,
  ssl: { ca: fs.readFileSync('/etc/ssl/rds-combined-ca-bundle.pem').toString() },
});

async function openLegacyMysql() {
  // expect: tls-verify-off
  return mysql.createConnection({ host: process.env.MYSQL_HOST, user: 'app', database: 'shop', ssl: { rejectUnauthorized: false } });
}

async function openMysql() {
  return mysql.createConnection({ host: process.env.MYSQL_HOST, user: 'app', database: 'shop', ssl: { rejectUnauthorized: true } });
}

async function countUsers() {
  const { rows } = await pool.query('SELECT count(*) AS n FROM users');
  return Number(rows[0].n);
}

module.exports = { pool, reportingPool, openLegacyMysql, openMysql, countUsers };
