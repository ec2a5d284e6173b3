// Ledger queries of the billing service (node-postgres).
'use strict';

const { Client } = require('pg');

const db = new Client({ connectionString: process.env.LEDGER_DATABASE_URL });
db.connect();

const SORTABLE = { date: 'posted_at', amount: 'amount_cents', account: 'account_id' };

async function entriesForEmail(email) {
  // expect: sql-injection
  const { rows } = await db.query("SELECT e.* FROM entries e JOIN accounts a ON a.id = e.account_id WHERE a.email = '" + email + "'");
  return rows;
}

async function entriesForAccount(accountId, limit) {
  const { rows } = await db.query(
    'SELECT * FROM entries WHERE account_id = $1 ORDER BY posted_at DESC LIMIT $2',
    [accountId, Math.min(Number(limit) || 50, 500)]
  );
  return rows;
}

async function markDisputed(entryId, reason) {
  // expect: sql-injection
  await db.query(`UPDATE entries SET status = 'disputed', note = '${reason}' WHERE id = ${entryId}`);
}

async function sortedEntries(accountId, sortKey) {
  const column = SORTABLE[sortKey] || 'posted_at';
  const { rows } = await db.query(`SELECT * FROM entries WHERE account_id = $1 ORDER BY ${column} DESC`, [accountId]);
  return rows;
}

async function searchMemo(term, sortKey) {
  // expect: sql-injection
  const { rows } = await db.query(`SELECT * FROM entries WHERE memo ILIKE $1 ORDER BY ${sortKey}`, ['%' + term + '%']);
  return rows;
}

async function totalOpen() {
  const { rows } = await db.query("SELECT sum(amount_cents) AS total FROM entries WHERE status = 'open'");
  return Number(rows[0].total || 0);
}

async function addEntry(entry) {
  const { rows } = await db.query(
    'INSERT INTO entries (account_id, amount_cents, memo) VALUES ($1, $2, $3) RETURNING id',
    [entry.accountId, entry.amountCents, entry.memo]
  );
  return rows[0].id;
}

module.exports = { entriesForEmail, entriesForAccount, markDisputed, sortedEntries, searchMemo, totalOpen, addEntry };
