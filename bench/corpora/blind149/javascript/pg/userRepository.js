'use strict';

const { Client } = require('pg');
const logger = require('../lib/logger');

const db = new Client({ connectionString: process.env.DATABASE_URL });
db.connect().catch((err) => logger.error('pg connect failed', err));

function findByEmail(email) {
  // expect: sql-injection
  return db.query("SELECT id, email, name FROM users WHERE email = '" + email + "'");
}

function searchByName(fragment, limit) {
  // expect: sql-injection
  return db.query(`SELECT id, name FROM users WHERE name ILIKE '%${fragment}%' LIMIT ${limit}`);
}

function deactivate(userId, reason) {
  logger.info('deactivating %s', userId);
  // expect: sql-injection
  return db.query("UPDATE users SET active = false, reason = '" + reason + "' WHERE id = " + userId);
}

// Look-alikes: placeholders with values, and a constant statement.
function findById(id) {
  return db.query('SELECT id, email, name FROM users WHERE id = $1', [id]);
}

function searchSafely(fragment, limit) {
  return db.query('SELECT id, name FROM users WHERE name ILIKE $1 LIMIT $2', ['%' + fragment + '%', Number(limit) || 20]);
}

function countActive() {
  return db.query('SELECT count(*) AS n FROM users WHERE active');
}

function rename(id, name) {
  return db.query({ text: 'UPDATE users SET name = $1 WHERE id = $2', values: [name, id] });
}

module.exports = { findByEmail, searchByName, deactivate, findById, searchSafely, countActive, rename };
