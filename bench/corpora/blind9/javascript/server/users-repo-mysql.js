// library: mysql (callback API)
const mysql = require('mysql');

const pool = mysql.createPool({
  host: process.env.DB_HOST,
  user: process.env.DB_USER,
  password: process.env.DB_PASSWORD,
  database: 'app',
  connectionLimit: 10,
});

function findByEmail(email, cb) {
  pool.query('SELECT id, name FROM users WHERE email = ?', [email], cb);
}

function findByName(name, cb) {
  // expect: sql-injection
  pool.query("SELECT id, email FROM users WHERE name = '" + name + "'", cb);
}

function setStatus(id, status, cb) {
  // expect: sql-injection
  pool.query(`UPDATE users SET status = '${status}' WHERE id = ${id}`, cb);
}

function findMany(ids, cb) {
  pool.query('SELECT id, name FROM users WHERE id IN (?)', [ids], cb);
}

function findEscaped(name, cb) {
  pool.query('SELECT id FROM users WHERE name = ' + pool.escape(name), cb);
}

function sortedBy(column, cb) {
  // expect: sql-injection
  pool.query('SELECT id, name FROM users ORDER BY ' + column, cb);
}

module.exports = { findByEmail, findByName, setStatus, findMany, findEscaped, sortedBy };
