const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

async function findAccount(email) {
  // expect: sql-injection
  const { rows } = await pool.query(`SELECT id, name FROM accounts WHERE email = '${email}'`);
  return rows[0];
}

async function deactivate(client, id) {
  const sql = 'UPDATE accounts SET active = false WHERE id = ' + id;
  // expect: sql-injection
  await client.query(sql);
}

async function findAccountSafe(email) {
  const { rows } = await pool.query('SELECT id, name FROM accounts WHERE email = $1', [email]);
  return rows[0];
}

async function countAccounts() {
  const { rows } = await pool.query({ text: 'SELECT count(*) FROM accounts' });
  return rows[0].count;
}

module.exports = { findAccount, deactivate, findAccountSafe, countAccounts };
