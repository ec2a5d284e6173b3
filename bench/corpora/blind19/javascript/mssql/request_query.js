// mssql: request.query with template literals, next to .input() parameters
const sql = require('mssql');

const poolPromise = sql.connect(process.env.MSSQL_URL);

async function invoicesFor(customer) {
  const pool = await poolPromise;
  // expect: sql-injection
  const result = await pool.request().query(`SELECT * FROM Invoices WHERE Customer = '${customer}'`);
  return result.recordset;
}

async function invoicesSince(date) {
  const request = new sql.Request(await poolPromise);
  const statement = "SELECT * FROM Invoices WHERE IssuedAt >= '" + date + "'";
  // expect: sql-injection
  const result = await request.query(statement);
  return result.recordset;
}

async function invoicesForSafe(customer) {
  const pool = await poolPromise;
  const result = await pool.request().input('customer', sql.NVarChar, customer).query('SELECT * FROM Invoices WHERE Customer = @customer');
  return result.recordset;
}

async function invoicesTagged(customer) {
  await poolPromise;
  const result = await sql.query`SELECT * FROM Invoices WHERE Customer = ${customer}`;
  return result.recordset;
}

module.exports = { invoicesFor, invoicesSince, invoicesForSafe, invoicesTagged };
