'use strict';

const knex = require('knex')({
  client: 'pg',
  connection: process.env.DATABASE_URL,
  pool: { min: 0, max: 2 },
});

const COLUMNS = ['id', 'title', 'price_cents'];
const SORTS = { price: 'price_cents', newest: 'created_at' };

function ok(body) {
  return { statusCode: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
}

async function search(event, context) {
  const qs = event.queryStringParameters || {};

  if (qs.tag) {
    // expect: sql-injection
    const rows = await knex.select(COLUMNS).from('products').whereRaw(`tags @> ARRAY['${qs.tag}']`);
    return ok(rows);
  }

  if (qs.q) {
    // expect: sql-injection
    const result = await knex.raw("SELECT id, title FROM products WHERE title ILIKE '%" + qs.q + "%' LIMIT 20");
    return ok(result.rows);
  }

  if (event.pathParameters && event.pathParameters.shop) {
    const shop = event.pathParameters.shop;
    // expect: sql-injection
    const rows = await knex.select('*').fromRaw(`(SELECT * FROM products WHERE shop = '${shop}') AS p`);
    return ok(rows);
  }

  if (qs.category) {
    const rows = await knex('products').select(COLUMNS).whereRaw('category = ?', [qs.category]).limit(50);
    return ok(rows);
  }

  const sort = SORTS[qs.sort] || 'created_at';
  const rows = await knex('products').select(COLUMNS).orderBy(sort, 'desc').limit(50);
  const total = await knex.raw('SELECT COUNT(*) AS n FROM products');
  context.callbackWaitsForEmptyEventLoop = false;
  return ok({ rows, total: total.rows[0].n });
}

exports.handler = search;
