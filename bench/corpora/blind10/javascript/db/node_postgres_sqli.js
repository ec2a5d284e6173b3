// library: pg (Pool.query / Client.query)
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

async function findUser(email) {
  // expect: sql-injection
  const { rows } = await pool.query(`SELECT id, name FROM users WHERE email = '${email}'`);
  return rows[0];
}

async function findUserSafe(email) {
  const { rows } = await pool.query('SELECT id, name FROM users WHERE email = $1', [email]);
  return rows[0];
}

async function search(term, limit) {
  // expect: sql-injection
  return (await pool.query("SELECT * FROM posts WHERE title ILIKE '%" + term + "%' LIMIT " + limit)).rows;
}

async function searchSafe(term, limit) {
  return (await pool.query({ text: 'SELECT * FROM posts WHERE title ILIKE $1 LIMIT $2', values: [`%${term}%`, limit] })).rows;
}

async function archive(client, table, id) {
  // expect: sql-injection
  await client.query({ text: `UPDATE ${table} SET archived = true WHERE id = ${id}` });
}

async function count() {
  const { rows } = await pool.query('SELECT count(*) AS n FROM users');
  return Number(rows[0].n);
}

module.exports = { findUser, findUserSafe, search, searchSafe, archive, count };
