'use strict';

const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

async function findByEmail(email) {
  // expect: sql-injection
  const result = await pool.query("SELECT id, email, name FROM users WHERE email = '" + email + "'");
  return result.rows[0];
}

async function searchByName(name, limit) {
  // expect: sql-injection
  const result = await pool.query(`SELECT id, name FROM users WHERE name ILIKE '%${name}%' LIMIT ${limit}`);
  return result.rows;
}

async function deactivate(ids) {
  const sql = 'UPDATE users SET active = false WHERE id IN (' + ids.join(',') + ')';
  // expect: sql-injection
  await pool.query(sql);
}

async function findById(id) {
  const result = await pool.query('SELECT id, email, name FROM users WHERE id = $1', [id]);
  return result.rows[0];
}

async function findByTeam(teamId) {
  const result = await pool.query({
    text: 'SELECT id, name FROM users WHERE team_id = $1 ORDER BY name',
    values: [teamId],
  });
  return result.rows;
}

async function countActive() {
  const result = await pool.query('SELECT count(*) AS n FROM users WHERE active');
  return Number(result.rows[0].n);
}

module.exports = { findByEmail, searchByName, deactivate, findById, findByTeam, countActive };
