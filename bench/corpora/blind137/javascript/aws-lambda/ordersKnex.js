const knex = require('knex');

const db = knex({
  client: 'mysql2',
  connection: {
    host: process.env.DB_HOST,
    user: process.env.DB_USER,
    password: process.env.DB_PASSWORD,
    database: process.env.DB_NAME,
  },
});

async function handler(event, context) {
  const qs = event.queryStringParameters || {};
  const body = event.body ? JSON.parse(event.body) : {};

  if (event.routeKey === 'GET /orders/search') {
    // expect: sql-injection
    const result = await db.raw(`SELECT id, reference FROM orders WHERE reference LIKE '%${qs.q}%'`);
    return { statusCode: 200, body: JSON.stringify(result[0]) };
  }

  if (event.routeKey === 'POST /orders/filter') {
    // expect: sql-injection
    const rows = await db('orders').select('id', 'status').whereRaw("status = '" + body.status + "'");
    return { statusCode: 200, body: JSON.stringify(rows) };
  }

  if (event.routeKey === 'GET /archive/{table}') {
    // expect: sql-injection
    const rows = await db.select('*').fromRaw(`(SELECT * FROM ${event.pathParameters.table} WHERE archived = 1) AS t`);
    return { statusCode: 200, body: JSON.stringify(rows) };
  }

  if (event.routeKey === 'GET /orders/{id}') {
    const result = await db.raw('SELECT id, reference, status FROM orders WHERE id = ?', [event.pathParameters.id]);
    return { statusCode: 200, body: JSON.stringify(result[0][0] || null) };
  }

  if (event.routeKey === 'GET /customers/by-email') {
    const rows = await db('customers').whereRaw('lower(email) = lower(?)', [qs.email]).select('id');
    return { statusCode: 200, body: JSON.stringify(rows) };
  }

  if (event.routeKey === 'GET /orders') {
    const rows = await db('orders').where({ customer_id: qs.customer }).orderBy('created_at', 'desc').limit(50);
    return { statusCode: 200, body: JSON.stringify(rows) };
  }

  context.callbackWaitsForEmptyEventLoop = false;
  return { statusCode: 404, body: '{"error":"no route"}' };
}

exports.handler = handler;
