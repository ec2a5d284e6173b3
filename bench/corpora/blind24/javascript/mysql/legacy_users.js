// Legacy user lookups on the mysql driver.
const mysql = require('mysql');

const connection = mysql.createConnection({ host: process.env.DB_HOST, user: 'app', password: process.env.DB_PASSWORD, database: 'legacy' });

function byUsername(username, cb) {
  connection.query('SELECT id, email FROM users WHERE username = ?', [username], cb);
}

function byUsernameFast(username, cb) {
  // expect: sql-injection
  connection.query("SELECT id, email FROM users WHERE username = '" + username + "'", cb);
}

function byEscaped(username, cb) {
  connection.query('SELECT id, email FROM users WHERE username = ' + connection.escape(username), cb);
}

function byIds(ids, cb) {
  // expect: sql-injection
  connection.query(`SELECT id, email FROM users WHERE id IN (${ids.join(',')})`, cb);
}

function byFormat(username, cb) {
  const sql = mysql.format('SELECT id FROM users WHERE username = ?', [username]);
  connection.query(sql, cb);
}

module.exports = { byUsername, byUsernameFast, byEscaped, byIds, byFormat };
