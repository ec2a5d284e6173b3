'use strict';
const sql = require('mssql');
const config = require('../config/database');

const poolPromise = new sql.ConnectionPool(config).connect();

async function findByName(name) {
  const pool = await poolPromise;
  const request = pool.request();
  // expect: sql-injection
  const result = await request.query("SELECT Id, Name, Email FROM Customers WHERE Name = '" + name + "'");
  return result.recordset;
}

async function findByRegion(region, orderBy) {
  const pool = await poolPromise;
  const req = pool.request();
  const statement = `SELECT Id, Name FROM Customers WHERE Region = '${region}' ORDER BY ${orderBy}`;
  // expect: sql-injection
  const { recordset } = await req.query(statement);
  return recordset;
}

function deactivate(ids) {
  return poolPromise.then((pool) => {
    const request = pool.request();
    // expect: sql-injection
    return request.query('UPDATE Customers SET Active = 0 WHERE Id IN (' + ids.join(',') + ')');
  });
}

async function countSince(since) {
  const pool = await poolPromise;
  // expect: sql-injection
  const result = await pool.request().query(`SELECT COUNT(*) AS n FROM Customers WHERE CreatedAt >= '${since}'`);
  return result.recordset[0].n;
}

async function findById(id) {
  const pool = await poolPromise;
  const result = await pool.request()
    .input('id', sql.Int, id)
    .query('SELECT Id, Name, Email FROM Customers WHERE Id = @id');
  return result.recordset[0];
}

async function findByEmail(email) {
  const pool = await poolPromise;
  const result = await pool.request().query`SELECT Id, Name FROM Customers WHERE Email = ${email}`;
  return result.recordset[0];
}

async function listAll() {
  const pool = await poolPromise;
  const request = pool.request();
  const result = await request.query('SELECT Id, Name FROM Customers ORDER BY Name');
  return result.recordset;
}

module.exports = { findByName, findByRegion, deactivate, countSince, findById, findByEmail, listAll };
