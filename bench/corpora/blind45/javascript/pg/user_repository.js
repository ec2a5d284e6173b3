'use strict';

const { Client, Pool } = require('pg');

const db = new Client({ connectionString: process.env.DATABASE_URL });
db.connect();

const pool = new Pool({ max: 10 });

async function findByEmail(email) {
  // expect: sql-injection
  const { rows } = await db.query("SELECT id, name FROM users WHERE email = '" + email + "'");
  return rows[0];
}

async function listUsers(sortColumn, direction) {
  // expect: sql-injection
  const result = await db.query(`SELECT id, name, created_at FROM users ORDER BY ${sortColumn} ${direction}`);
  return result.rows;
}

async function searchUsers(filters) {
  let sql = 'SELECT id, name FROM users WHERE 1=1';
  if (filters.name) sql += " AND name ILIKE '%" + filters.name + "%'";
  if (filters.role) sql += ` AND role = '${filters.role}'`;
  // expect: sql-injection
  const { rows } = await db.query(sql);
  return rows;
}

function deactivate(userId, callback) {
  pool.connect((err, conn, release) => {
    if (err) return callback(err);
    // expect: sql-injection
    conn.query('UPDATE users SET active = false WHERE id = ' + userId, (qerr, res) => {
      release();
      callback(qerr, res && res.rowCount);
    });
  });
}

async function findById(id) {
  const { rows } = await db.query('SELECT id, name FROM users WHERE id = $1', [id]);
  return rows[0];
}

async function rename(id, name) {
  await db.query({ text: 'UPDATE users SET name = $1 WHERE id = $2', values: [name, id] });
}

async function countUsers() {
  const { rows } = await db.query('SELECT count(*) FROM users');
  return Number(rows[0].count);
}

module.exports = { findByEmail, listUsers, searchUsers, deactivate, findById, rename, countUsers };
