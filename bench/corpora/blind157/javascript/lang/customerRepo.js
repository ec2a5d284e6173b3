'use strict';

const sql = require('mssql');
const log = require('./log');

const poolPromise = new sql.ConnectionPool({
  server: process.env.MSSQL_HOST,
  database: 'crm',
  user: process.env.MSSQL_USER,
  password: process.env.MSSQL_PASSWORD,
  options: { encrypt: true },
}).connect();

const SORT_COLUMNS = { name: 'LastName', created: 'CreatedAt' };

async function findByEmail(email) {
  const pool = await poolPromise;
  const request = pool.request();
  // expect: sql-injection
  const result = await request.query("SELECT Id, FirstName, LastName FROM Customers WHERE Email = '" + email + "'");
  return result.recordset[0];
}

async function searchByName(term, region) {
  const pool = await poolPromise;
  const request = pool.request();
  // expect: sql-injection
  const result = await request.query(`SELECT TOP 50 Id, LastName FROM Customers WHERE LastName LIKE '${term}%' AND Region = '${region}'`);
  return result.recordset;
}

async function deleteNotes(customerId, noteIds) {
  const pool = await poolPromise;
  const request = pool.request();
  // expect: sql-injection
  await request.query('DELETE FROM Notes WHERE CustomerId = ' + customerId + ' AND Id IN (' + noteIds.join(',') + ')');
}

async function findById(id) {
  const pool = await poolPromise;
  const request = pool.request();
  request.input('id', sql.Int, id);
  const result = await request.query('SELECT Id, FirstName, LastName FROM Customers WHERE Id = @id');
  return result.recordset[0];
}

async function list(sort, limit) {
  const pool = await poolPromise;
  const column = SORT_COLUMNS[sort] || 'LastName';
  const request = pool.request();
  request.input('limit', sql.Int, Math.min(Number(limit) || 20, 100));
  const result = await request.query(`SELECT TOP (@limit) Id, LastName FROM Customers ORDER BY ${column}`);
  return result.recordset;
}

async function count() {
  const pool = await poolPromise;
  const result = await pool.request().query('SELECT COUNT(*) AS n FROM Customers');
  log.debug('customer count', result.recordset[0].n);
  return result.recordset[0].n;
}

module.exports = { findByEmail, searchByName, deleteNotes, findById, list, count };
