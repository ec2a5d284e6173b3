// Lambda: catalogue search for the mobile app (API Gateway proxy integration).
const knex = require('knex')({
  client: 'mysql2',
  connection: { host: process.env.DB_HOST, user: process.env.DB_USER, password: process.env.DB_PASSWORD, database: 'catalog' },
});

const SORTS = { price: 'price', name: 'name', newest: 'created_at' };

exports.handler = async function (event, context) {
  const q = event.queryStringParameters || {};
  const route = event.resource;

  if (route === '/products/search') {
    // expect: sql-injection
    const rows = await knex('products').whereRaw(`name LIKE '%${q.term}%'`).limit(50);
    return { statusCode: 200, body: JSON.stringify(rows) };
  }

  if (route === '/products/by-brand') {
    const rows = await knex('products').whereRaw('brand_id = ?', [q.brandId]).orderBy(SORTS[q.sort] || 'name');
    return { statusCode: 200, body: JSON.stringify(rows) };
  }

  if (route === '/products/price-range') {
    // expect: sql-injection
    const result = await knex.raw('SELECT id, name, price FROM products WHERE price BETWEEN ' + q.min + ' AND ' + q.max);
    return { statusCode: 200, body: JSON.stringify(result[0]) };
  }

  if (route === '/products/in-category') {
    const body = JSON.parse(event.body || '{}');
    // expect: sql-injection
    const rows = await knex.select('p.*').fromRaw(`products p JOIN categories c ON c.id = p.category_id AND c.slug = '${body.category}'`);
    return { statusCode: 200, body: JSON.stringify(rows) };
  }

  if (route === '/products/count') {
    const result = await knex.raw('SELECT COUNT(*) AS n FROM products WHERE active = 1');
    return { statusCode: 200, body: JSON.stringify({ count: result[0][0].n }) };
  }

  return { statusCode: 404, body: JSON.stringify({ error: 'not found' }) };
};
