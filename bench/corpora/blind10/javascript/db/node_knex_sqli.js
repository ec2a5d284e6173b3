// library: knex (raw / whereRaw / orderByRaw)
const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });

function productsInCategory(category) {
  // expect: sql-injection
  return knex('products').whereRaw(`category = '${category}'`);
}

function productsInCategorySafe(category) {
  return knex('products').whereRaw('category = ?', [category]);
}

function productsWhere(category) {
  return knex('products').where({ category });
}

function priceStats(column) {
  // expect: sql-injection
  return knex.raw('SELECT avg(' + column + ') AS avg FROM products');
}

function priceStatsSafe(column) {
  return knex.raw('SELECT avg(??) AS avg FROM products', [column]);
}

function sorted(sortExpr) {
  // expect: sql-injection
  return knex('products').select('*').orderByRaw(sortExpr + ' NULLS LAST');
}

function named(name) {
  return knex.raw('SELECT * FROM products WHERE name = :name', { name });
}

module.exports = { productsInCategory, productsInCategorySafe, productsWhere, priceStats, priceStatsSafe, sorted, named };
