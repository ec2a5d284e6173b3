const { Client } = require('pg');

const db = new Client({ connectionString: process.env.DATABASE_URL });
db.connect();

async function invoicesFor(customerId) {
  // expect: sql-injection
  const { rows } = await db.query('SELECT * FROM invoices WHERE customer_id = ' + customerId);
  return rows;
}

async function listInvoices(status, sortColumn) {
  // expect: sql-injection
  const { rows } = await db.query(`SELECT id, total FROM invoices WHERE status = $1 ORDER BY ${sortColumn}`, [status]);
  return rows;
}

async function searchCustomers(term) {
  const text = `SELECT id, name FROM customers WHERE name ILIKE '%${term}%'`;
  // expect: sql-injection
  const result = await db.query(text);
  return result.rows;
}

async function invoiceById(id) {
  const { rows } = await db.query('SELECT * FROM invoices WHERE id = $1', [id]);
  return rows[0];
}

async function overdueCount() {
  const { rows } = await db.query("SELECT COUNT(*) AS n FROM invoices WHERE due_at < now() AND status = 'open'");
  return Number(rows[0].n);
}

module.exports = { invoicesFor, listInvoices, searchCustomers, invoiceById, overdueCount };
