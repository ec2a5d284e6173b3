'use strict';

const knex = require('knex')({
  client: 'pg',
  connection: process.env.REPORTS_DATABASE_URL,
  pool: { min: 0, max: 2 },
});

const SORTABLE = new Set(['created_at', 'total', 'region']);

function respond(statusCode, body) {
  return { statusCode, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
}

async function handleReports(event, context) {
  const qs = event.queryStringParameters || {};
  const path = event.pathParameters || {};
  const body = event.body ? JSON.parse(event.body) : {};

  switch (event.resource) {
    case '/reports/by-region': {
      // expect: sql-injection
      const rows = await knex('orders').select('id', 'total').whereRaw(`region = '${qs.region}'`);
      return respond(200, rows);
    }
    case '/reports/{customer}': {
      const customer = path.customer;
      // expect: sql-injection
      const result = await knex.raw('SELECT * FROM invoices WHERE customer_ref = \'' + customer + '\' ORDER BY issued_at DESC');
      return respond(200, result.rows);
    }
    case '/reports/search': {
      const since = body.since;
      // expect: sql-injection
      const rows = await knex.select('*').fromRaw(`(SELECT * FROM orders WHERE created_at > '${since}') AS recent`);
      return respond(200, rows);
    }
    case '/reports/top': {
      const column = qs.sort || 'total';
      // expect: sql-injection
      const result = await knex.raw(`SELECT id, total FROM orders ORDER BY ${column} DESC LIMIT 20`);
      return respond(200, result.rows);
    }
    case '/reports/by-status': {
      const rows = await knex('orders').whereRaw('status = ?', [qs.status]);
      return respond(200, rows);
    }
    case '/reports/sorted': {
      const column = SORTABLE.has(qs.sort) ? qs.sort : 'created_at';
      const rows = await knex('orders').orderBy(column, 'desc').limit(50);
      return respond(200, rows);
    }
    case '/reports/between': {
      const result = await knex.raw('SELECT count(*) FROM orders WHERE total BETWEEN ? AND ?', [Number(qs.min), Number(qs.max)]);
      return respond(200, result.rows[0]);
    }
    default:
      context.callbackWaitsForEmptyEventLoop = false;
      return respond(404, { message: 'unknown report' });
  }
}

exports.handler = handleReports;
