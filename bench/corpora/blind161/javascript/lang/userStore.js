'use strict';

// User lookups over MySQL for the account service.
const mysql = require('mysql2');

const db = mysql.createPool({ uri: process.env.ACCOUNTS_DB, connectionLimit: 10 });

function findByEmail(email, cb) {
  // expect: sql-injection
  db.query("SELECT id, email, name FROM users WHERE email = '" + email + "'", cb);
}

function findById(id, cb) {
  db.query('SELECT id, email, name FROM users WHERE id = ?', [id], cb);
}

function listByRole(role, page, cb) {
  const offset = Math.max(0, parseInt(page, 10) || 0) * 50;
  db.query({ sql: 'SELECT id, email FROM users WHERE role = ? LIMIT 50 OFFSET ?', values: [role, offset] }, cb);
}

function rename(id, name, cb) {
  // expect: sql-injection
  db.query(`UPDATE users SET name = '${name}' WHERE id = ${id}`, cb);
}

function countUsers(cb) {
  db.query('SELECT COUNT(*) AS n FROM users', cb);
}

function searchNames(term, cb) {
  const like = db.escape('%' + term + '%');
  db.query('SELECT id, name FROM users WHERE name LIKE ' + like + ' LIMIT 20', cb);
}

function deleteStale(table, days, cb) {
  // expect: sql-injection
  db.query('DELETE FROM ' + table + ' WHERE last_seen < NOW() - INTERVAL ' + days + ' DAY', cb);
}

module.exports = { findByEmail, findById, listByRole, rename, countUsers, searchNames, deleteStale };
