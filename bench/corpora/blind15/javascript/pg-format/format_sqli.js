// library: pg + pg-format
const format = require('pg-format');
const { Pool } = require('pg');

const pool = new Pool();

async function findByStatus(table, status) {
  // expect: sql-injection
  return pool.query(format('SELECT * FROM %I WHERE status = %s', table, status));
}

async function insertTags(tags) {
  const values = tags.map((t) => `('${t}')`).join(',');
  // expect: sql-injection
  return pool.query(format('INSERT INTO tags (name) VALUES %s', values));
}

async function findByStatusSafe(table, status) {
  return pool.query(format('SELECT * FROM %I WHERE status = %L', table, status));
}

async function insertTagsSafe(tags) {
  return pool.query(format('INSERT INTO tags (name) VALUES %L', tags.map((t) => [t])));
}

async function countRows(table) {
  return pool.query(format('SELECT COUNT(*) FROM %I', table));
}

module.exports = { findByStatus, insertTags, findByStatusSafe, insertTagsSafe, countRows };
