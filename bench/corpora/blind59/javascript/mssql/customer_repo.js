'use strict';

const sql = require('mssql');

const poolPromise = new sql.ConnectionPool({
  user: process.env.MSSQL_USER,
  password: process.env.MSSQL_PASSWORD,
  server: process.env.MSSQL_HOST,
  database: 'crm',
  options: { encrypt: true, trustServerCertificate: false },
}).connect();

async function findByName(name) {
  const pool = await poolPromise;
  const request = pool.request();
  // expect: sql-injection
  const result = await request.query("SELECT Id, Name, Email FROM dbo.Customers WHERE Name = '" + name + "'");
  return result.recordset;
}

async function listCustomers(country, sortBy, direction) {
  const pool = await poolPromise;
  const result = await pool.request()
    .input('country', sql.NVarChar(2), country)
    // expect: sql-injection
    .query(`SELECT Id, Name FROM dbo.Customers WHERE Country = @country ORDER BY ${sortBy} ${direction}`);
  return result.recordset;
}

async function tagCustomers(ids, tag) {
  const pool = await poolPromise;
  const tx = new sql.Transaction(pool);
  await tx.begin();
  try {
    const req = new sql.Request(tx);
    const statement = 'UPDATE dbo.Customers SET Tag = \'' + tag + '\' WHERE Id IN (' + ids.join(',') + ')';
    // expect: sql-injection
    await req.query(statement);
    await tx.commit();
  } catch (err) {
    await tx.rollback();
    throw err;
  }
}

function countByDomain(domain, callback) {
  poolPromise.then((pool) => {
    const r = pool.request();
    // expect: sql-injection
    r.query(`SELECT COUNT(*) AS n FROM dbo.Customers WHERE Email LIKE '%@${domain}'`, callback);
  });
}

// Look-alike: bound input parameter.
async function findById(id) {
  const pool = await poolPromise;
  const result = await pool.request()
    .input('id', sql.Int, id)
    .query('SELECT Id, Name, Email FROM dbo.Customers WHERE Id = @id');
  return result.recordset[0];
}

// Look-alike: the tagged template turns ${} into parameters.
async function findByEmail(email) {
  await poolPromise;
  const result = await sql.query`SELECT Id, Name FROM dbo.Customers WHERE Email = ${email}`;
  return result.recordset[0];
}

// Look-alike: fixed statement.
async function total() {
  const pool = await poolPromise;
  const result = await pool.request().query('SELECT COUNT(*) AS n FROM dbo.Customers');
  return result.recordset[0].n;
}

module.exports = { findByName, listCustomers, tagCustomers, countByDomain, findById, findByEmail, total };
