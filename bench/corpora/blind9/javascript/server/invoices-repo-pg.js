// library: pg (node-postgres)
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

async function invoice(id) {
  const { rows } = await pool.query('SELECT * FROM invoices WHERE id = $1', [id]);
  return rows[0];
}

async function invoicesFor(customer) {
  // expect: sql-injection
  const { rows } = await pool.query(`SELECT * FROM invoices WHERE customer = '${customer}' ORDER BY issued_at`);
  return rows;
}

async function markPaid(number, paidAt) {
  await pool.query({ text: 'UPDATE invoices SET paid_at = $1 WHERE number = $2', values: [paidAt, number] });
}

async function overdue(days) {
  const client = await pool.connect();
  try {
    // expect: sql-injection
    const res = await client.query("SELECT id FROM invoices WHERE due_at < now() - interval '" + days + " days'");
    return res.rows;
  } finally {
    client.release();
  }
}

async function search(term) {
  const { rows } = await pool.query('SELECT id FROM invoices WHERE memo ILIKE $1', [`%${term}%`]);
  return rows;
}

module.exports = { invoice, invoicesFor, markPaid, overdue, search };
