'use strict';

const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });

exports.handler = async function (event) {
  const params = event.queryStringParameters || {};
  const sku = params.sku;

  // expect: sql-injection
  const bySku = await knex.raw("SELECT * FROM items WHERE sku = '" + sku + "'");

  const named = await knex('items')
    .select('id', 'name')
    // expect: sql-injection
    .whereRaw(`name ILIKE '%${params.q}%'`);

  const sub = 'SELECT item_id, sum(qty) AS qty FROM stock WHERE warehouse = ' + event.pathParameters.warehouse + ' GROUP BY item_id';
  // expect: sql-injection
  const stock = await knex.select('*').fromRaw('(' + sub + ') AS s');

  let report = 'SELECT category, count(*) FROM items';
  report += ' GROUP BY category ORDER BY ' + (params.order || 'category');
  // expect: sql-injection
  const categories = await knex.raw(report);

  const safeSku = await knex.raw('SELECT * FROM items WHERE sku = ?', [sku]);
  const cheap = await knex('items').whereRaw('price < ?', [Number(params.max) || 10]);
  const exact = await knex('items').where('sku', sku).first();

  return { statusCode: 200, body: JSON.stringify({ bySku, named, stock, categories, safeSku, cheap, exact }) };
};
