const { Client, Pool } = require('pg');

const db = new Client({ connectionString: process.env.DATABASE_URL });
db.connect();

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 5 });

async function findAccountByEmail(email) {
  // expect: sql-injection
  const { rows } = await db.query(`SELECT id, email, plan FROM accounts WHERE email = '${email}'`);
  return rows[0];
}

async function listAccounts(sortColumn, direction) {
  // expect: sql-injection
  const result = await db.query('SELECT id, email FROM accounts ORDER BY ' + sortColumn + ' ' + direction);
  return result.rows;
}

const deactivate = async function (accountId, reason) {
  const sql = "UPDATE accounts SET active = false, note = '" + reason + "' WHERE id = " + accountId;
  // expect: sql-injection
  await db.query(sql);
};

function searchAccounts(term, cb) {
  pool.connect((err, client, release) => {
    if (err) return cb(err);
    // expect: sql-injection
    client.query(`SELECT id, email FROM accounts WHERE email ILIKE '%${term}%'`, (qerr, res) => {
      release();
      cb(qerr, res && res.rows);
    });
  });
}

async function findAccountById(id) {
  const { rows } = await db.query('SELECT id, email, plan FROM accounts WHERE id = $1', [id]);
  return rows[0];
}

async function renamePlan(oldName, newName) {
  await db.query({ text: 'UPDATE accounts SET plan = $1 WHERE plan = $2', values: [newName, oldName] });
}

async function countAccounts() {
  const { rows } = await db.query('SELECT count(*)::int AS n FROM accounts');
  return rows[0].n;
}

module.exports = { findAccountByEmail, listAccounts, deactivate, searchAccounts, findAccountById, renamePlan, countAccounts };
