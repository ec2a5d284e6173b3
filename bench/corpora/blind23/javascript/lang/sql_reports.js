// lang: reporting queries across the legacy databases
const mysql = require('mysql');
const { Pool } = require('pg');
const mssql = require('mssql');
const knex = require('knex')({ client: 'pg', connection: process.env.PG_URL });

const my = mysql.createPool({ host: process.env.MYSQL_HOST, user: 'reports', database: 'legacy' });
const pg = new Pool();

function ordersByCustomer(customer, cb) {
  // expect: sql-injection
  my.query("SELECT * FROM orders WHERE customer = '" + customer + "'", cb);
}

function ordersByCustomerSafe(customer, cb) {
  my.query('SELECT * FROM orders WHERE customer = ?', [customer], cb);
}

async function invoices(status, sortCol) {
  let sql = 'SELECT id, total FROM invoices WHERE status = $1';
  sql += ' ORDER BY ' + sortCol;
  // expect: sql-injection
  return pg.query(sql, [status]);
}

async function invoicesSafe(status, sortCol) {
  const col = ['id', 'total', 'created_at'].includes(sortCol) ? sortCol : 'id';
  return pg.query(`SELECT id, total FROM invoices WHERE status = $1 ORDER BY ${col}`, [status]);
}

async function branchTotals(region) {
  const request = new mssql.Request();
  // expect: sql-injection
  return request.query(`SELECT branch, SUM(total) FROM sales WHERE region = '${region}' GROUP BY branch`);
}

async function branchTotalsSafe(region) {
  const request = new mssql.Request();
  request.input('region', mssql.NVarChar, region);
  return request.query('SELECT branch, SUM(total) FROM sales WHERE region = @region GROUP BY branch');
}

async function searchProducts(term) {
  // expect: sql-injection
  return knex('products').whereRaw(`name ILIKE '%${term}%'`);
}

async function searchProductsSafe(term) {
  return knex('products').whereRaw('name ILIKE ?', [`%${term}%`]);
}

module.exports = { ordersByCustomer, ordersByCustomerSafe, invoices, invoicesSafe, branchTotals, branchTotalsSafe, searchProducts, searchProductsSafe };
