'use strict';

const knex = require('knex')({
  client: 'pg',
  connection: process.env.DATABASE_URL,
  pool: { min: 0, max: 2 },
});

exports.handler = async function (event, context) {
  const { customer } = event.queryStringParameters || {};
  const rows = await knex('orders')
    .select('id', 'total', 'status')
    // expect: sql-injection
    .whereRaw(`customer_email = '${customer}'`)
    .orderBy('created_at', 'desc');
  return { statusCode: 200, body: JSON.stringify(rows) };
};

async function report(event) {
  const body = JSON.parse(event.body || '{}');
  const sql = 'SELECT status, count(*) FROM orders WHERE region = \'' + body.region + '\' GROUP BY status';
  // expect: sql-injection
  const result = await knex.raw(sql);
  return { statusCode: 200, body: JSON.stringify(result.rows) };
}
exports.report = report;

const archive = async function (event) {
  const table = event.pathParameters.table;
  const rows = await knex
    .select('*')
    // expect: sql-injection
    .fromRaw('(SELECT * FROM ' + table + ' WHERE archived) AS a')
    .limit(100);
  return { statusCode: 200, body: JSON.stringify(rows) };
};
exports.archive = archive;

exports.byDate = async (event) => {
  const { from, to } = event.queryStringParameters;
  // expect: sql-injection
  const rows = await knex('orders').whereRaw('created_at BETWEEN ' + from + ' AND ' + to);
  return { statusCode: 200, body: JSON.stringify(rows) };
};

// Safe: bindings for raw SQL and the query builder's where.
exports.byCustomer = async (event) => {
  const { customer } = event.queryStringParameters || {};
  const rows = await knex('orders').whereRaw('customer_email = ?', [customer]);
  const totals = await knex.raw('SELECT sum(total) AS t FROM orders WHERE customer_email = :email', {
    email: customer,
  });
  const recent = await knex('orders').where({ customer_email: customer }).limit(10);
  return { statusCode: 200, body: JSON.stringify({ rows, totals: totals.rows, recent }) };
};
