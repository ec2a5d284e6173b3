'use strict';

const sql = require('mssql');

const poolPromise = new sql.ConnectionPool(process.env.MSSQL_URL).connect();

async function salesByRegion(region) {
  const pool = await poolPromise;
  const request = pool.request();
  // expect: sql-injection
  const result = await request.query("SELECT Region, SUM(Amount) AS Total FROM Sales WHERE Region = '" + region + "' GROUP BY Region");
  return result.recordset;
}

async function topCustomers(limit, orderBy) {
  const pool = await poolPromise;
  const req = pool.request();
  // expect: sql-injection
  const { recordset } = await req.query(`SELECT TOP ${limit} Name, Spend FROM Customers ORDER BY ${orderBy} DESC`);
  return recordset;
}

async function search(filters) {
  const pool = await poolPromise;
  const request = pool.request();
  let query = 'SELECT Id, Name FROM Products WHERE 1 = 1';
  if (filters.name) query += " AND Name LIKE '%" + filters.name + "%'";
  if (filters.category) query += ` AND Category = '${filters.category}'`;
  // expect: sql-injection
  return (await request.query(query)).recordset;
}

function archive(year, done) {
  poolPromise.then((pool) => {
    const request = pool.request();
    request.query(
      // expect: sql-injection
      'DELETE FROM Sales WHERE YEAR(SoldAt) = ' + year,
      (err, result) => done(err, result && result.rowsAffected)
    );
  });
}

async function customerById(id) {
  const pool = await poolPromise;
  const request = pool.request();
  request.input('id', sql.Int, id);
  const result = await request.query('SELECT Id, Name FROM Customers WHERE Id = @id');
  return result.recordset[0];
}

async function ordersFor(customerId) {
  const pool = await poolPromise;
  const result = await pool.request().query`SELECT Id, Total FROM Orders WHERE CustomerId = ${customerId}`;
  return result.recordset;
}

module.exports = { salesByRegion, topCustomers, search, archive, customerById, ordersFor };
