'use strict';

const util = require('util');
const { Client } = require('pg');

async function withClient(fn) {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

exports.handler = async function (event) {
  const route = event.routeKey;
  const body = event.body ? JSON.parse(event.body) : {};

  if (route === 'GET /customers/{id}/orders') {
    return withClient(async (client) => {
      // expect: sql-injection
      const res = await client.query("SELECT id, total, status FROM orders WHERE customer_id = '" + event.pathParameters.id + "'");
      return { statusCode: 200, body: JSON.stringify(res.rows) };
    });
  }

  if (route === 'POST /orders/search') {
    return withClient(async (client) => {
      // expect: sql-injection
      const res = await client.query(`SELECT id, total FROM orders WHERE status = '${body.status}' ORDER BY ${body.sort || 'id'}`);
      return { statusCode: 200, body: JSON.stringify(res.rows) };
    });
  }

  if (route === 'DELETE /carts/{id}') {
    return withClient(async (client) => {
      // expect: sql-injection
      await client.query(util.format("DELETE FROM carts WHERE id = '%s'", event.pathParameters.id));
      return { statusCode: 204 };
    });
  }

  if (route === 'GET /orders/{id}') {
    return withClient(async (client) => {
      console.log(`SELECT order ${event.pathParameters.id}`);
      const res = await client.query('SELECT id, total, status FROM orders WHERE id = $1', [event.pathParameters.id]);
      return { statusCode: 200, body: JSON.stringify(res.rows[0] || null) };
    });
  }

  return { statusCode: 404, body: JSON.stringify({ message: `No route for ${route}` }) };
};
