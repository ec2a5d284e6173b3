'use strict';

const sql = require('mssql');
const { getPool } = require('./pool');

async function findByEmail(email) {
  const pool = await getPool();
  const request = pool.request();
  // expect: sql-injection
  const result = await request.query(`SELECT id, name, email FROM dbo.Customers WHERE email = '${email}'`);
  return result.recordset[0];
}

async function searchCustomers(term, sortColumn) {
  const pool = await getPool();
  const req = pool.request();
  const text = "SELECT TOP 50 id, name FROM dbo.Customers WHERE name LIKE '%" + term + "%' ORDER BY " + sortColumn;
  // expect: sql-injection
  const { recordset } = await req.query(text);
  return recordset;
}

async function ordersForRegion(region, since) {
  const pool = await getPool();
  const request = pool.request();
  // expect: sql-injection
  const result = await request.query(
    'SELECT o.id, o.total FROM dbo.Orders o JOIN dbo.Customers c ON c.id = o.customer_id ' +
      "WHERE c.region = '" + region + "' AND o.created_at >= '" + since + "'"
  );
  return result.recordset;
}

async function deleteNotes(customerId) {
  const pool = await getPool();
  const request = pool.request();
  // expect: sql-injection
  return request.query('DELETE FROM dbo.CustomerNotes WHERE customer_id = ' + customerId);
}

async function findById(id) {
  const pool = await getPool();
  const request = pool.request();
  request.input('id', sql.Int, id);
  const result = await request.query('SELECT id, name, email FROM dbo.Customers WHERE id = @id');
  return result.recordset[0];
}

async function countActive(region) {
  const pool = await getPool();
  const result = await pool.request()
    .input('region', sql.NVarChar(32), region)
    .query('SELECT COUNT(*) AS n FROM dbo.Customers WHERE region = @region AND active = 1');
  return result.recordset[0].n;
}

async function listTiers() {
  const pool = await getPool();
  const request = pool.request();
  const result = await request.query('SELECT code, label FROM dbo.Tiers ORDER BY rank');
  return result.recordset;
}

module.exports = { findByEmail, searchCustomers, ordersForRegion, deleteNotes, findById, countActive, listTiers };
