'use strict';

const knex = require('knex')({
  client: 'mysql2',
  connection: {
    host: process.env.DB_HOST,
    user: process.env.DB_USER,
    password: process.env.DB_PASSWORD,
    database: process.env.DB_NAME,
  },
});

// API Gateway handler for the warehouse inventory search.
exports.handler = async function (event) {
  const qs = event.queryStringParameters || {};
  const body = event.body ? JSON.parse(event.body) : {};

  if (qs.sku) {
    // expect: sql-injection
    const rows = await knex.raw(`SELECT * FROM inventory WHERE sku = '${qs.sku}'`);
    return { statusCode: 200, body: JSON.stringify(rows[0]) };
  }

  if (qs.warehouse) {
    // expect: sql-injection
    const rows = await knex('inventory').whereRaw('warehouse_code = ' + qs.warehouse).select('sku', 'qty');
    return { statusCode: 200, body: JSON.stringify(rows) };
  }

  if (body.view) {
    // expect: sql-injection
    const rows = await knex.select('*').fromRaw(body.view + ' AS v').limit(20);
    return { statusCode: 200, body: JSON.stringify(rows) };
  }

  const orderClause = 'ORDER BY ' + (event.pathParameters && event.pathParameters.sort);
  if (event.pathParameters && event.pathParameters.sort) {
    // expect: sql-injection
    const rows = await knex.raw('SELECT sku, qty FROM inventory ' + orderClause);
    return { statusCode: 200, body: JSON.stringify(rows[0]) };
  }

  if (qs.minQty) {
    const rows = await knex.raw('SELECT sku, qty FROM inventory WHERE qty >= ?', [Number(qs.minQty)]);
    return { statusCode: 200, body: JSON.stringify(rows[0]) };
  }

  const rows = await knex('inventory').whereRaw('qty = ?', [0]).select('sku');
  return { statusCode: 200, body: JSON.stringify({ outOfStock: rows }) };
};
