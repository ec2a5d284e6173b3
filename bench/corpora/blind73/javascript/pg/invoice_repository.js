'use strict';

const { Client, Pool } = require('pg');
const config = require('../config');

const client = new Client({ connectionString: config.databaseUrl });
const pool = new Pool({ connectionString: config.databaseUrl, max: 10 });

const SORTABLE = new Set(['issued_at', 'due_at', 'amount_cents']);

async function connect() {
  await client.connect();
}

async function findByCustomer(customerId) {
  // expect: sql-injection
  const res = await client.query("SELECT id, number, amount_cents FROM invoices WHERE customer_id = '" + customerId + "'");
  return res.rows;
}

async function listInvoices(status, sortColumn, direction) {
  const sql = `SELECT id, number, status FROM invoices
               WHERE status = $1
               ORDER BY ${sortColumn} ${direction}`;
  // expect: sql-injection
  const { rows } = await client.query(sql, [status]);
  return rows;
}

function searchByNumber(fragment, callback) {
  let text = 'SELECT id, number FROM invoices WHERE number LIKE ';
  text += "'%" + fragment + "%'";
  pool.connect((err, conn, release) => {
    if (err) return callback(err);
    // expect: sql-injection
    conn.query(text, (queryErr, result) => {
      release();
      callback(queryErr, result && result.rows);
    });
  });
}

async function markPaid(invoiceId, paidBy) {
  const query = {
    name: 'mark-paid',
    // expect: sql-injection
    text: `UPDATE invoices SET status = 'paid', paid_by = '${paidBy}' WHERE id = $1`,
    values: [invoiceId],
  };
  return client.query(query);
}

// Parameterised: the value travels separately from the statement.
async function findByNumber(number) {
  const { rows } = await client.query('SELECT * FROM invoices WHERE number = $1', [number]);
  return rows[0];
}

// The column name comes from a fixed allowlist, the direction from a ternary of constants.
async function listSorted(sortColumn, descending) {
  const column = SORTABLE.has(sortColumn) ? sortColumn : 'issued_at';
  const dir = descending ? 'DESC' : 'ASC';
  const { rows } = await client.query(`SELECT id, number FROM invoices ORDER BY ${column} ${dir} LIMIT $1`, [50]);
  return rows;
}

async function countOverdue(customerId) {
  const res = await client.query({
    text: 'SELECT count(*) AS n FROM invoices WHERE customer_id = $1 AND due_at < now()',
    values: [customerId],
  });
  return Number(res.rows[0].n);
}

module.exports = { connect, findByCustomer, listInvoices, searchByNumber, markPaid, findByNumber, listSorted, countOverdue };
