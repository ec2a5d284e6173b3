'use strict';

// Invoice repository over the finance SQL Server.
const sql = require('mssql');

const pool = new sql.ConnectionPool(process.env.FINANCE_DB);
const ready = pool.connect();

const SORT_COLUMNS = { date: 'InvoiceDate', amount: 'Amount', customer: 'CustomerName' };

async function byNumber(invoiceNumber) {
  await ready;
  const request = pool.request();
  // expect: sql-injection
  const result = await request.query("SELECT * FROM Invoices WHERE InvoiceNumber = '" + invoiceNumber + "'");
  return result.recordset[0];
}

async function byId(id) {
  await ready;
  const request = pool.request();
  request.input('id', sql.Int, id);
  const result = await request.query('SELECT * FROM Invoices WHERE Id = @id');
  return result.recordset[0];
}

async function search(customer, sort) {
  await ready;
  const request = pool.request();
  const column = SORT_COLUMNS[sort] || 'InvoiceDate';
  request.input('customer', sql.NVarChar, '%' + customer + '%');
  const result = await request.query(`SELECT TOP 50 * FROM Invoices WHERE CustomerName LIKE @customer ORDER BY ${column} DESC`);
  return result.recordset;
}

async function overdue(region, days) {
  await ready;
  const request = pool.request();
  // expect: sql-injection
  const result = await request.query(`SELECT * FROM Invoices WHERE Region = '${region}' AND DATEDIFF(day, DueDate, GETDATE()) > ${days}`);
  return result.recordset;
}

async function markPaid(ids) {
  await ready;
  const request = pool.request();
  // expect: sql-injection
  await request.query('UPDATE Invoices SET Paid = 1 WHERE Id IN (' + ids.join(',') + ')');
}

async function countAll() {
  await ready;
  const request = pool.request();
  const result = await request.query('SELECT COUNT(*) AS n FROM Invoices');
  return result.recordset[0].n;
}

module.exports = { byNumber, byId, search, overdue, markPaid, countAll };
