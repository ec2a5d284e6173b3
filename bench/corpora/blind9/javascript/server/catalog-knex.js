// library: knex
const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });

function byCategory(category) {
  return knex('products').where({ category }).select('id', 'name');
}

function byTag(tag) {
  // expect: sql-injection
  return knex.raw(`SELECT id, name FROM products WHERE '${tag}' = ANY(tags)`);
}

function byTagSafe(tag) {
  return knex.raw('SELECT id, name FROM products WHERE ? = ANY(tags)', [tag]);
}

function priceBetween(min, max) {
  // expect: sql-injection
  return knex('products').whereRaw(`price BETWEEN ${min} AND ${max}`);
}

function priceBetweenSafe(min, max) {
  return knex('products').whereRaw('price BETWEEN ? AND ?', [min, max]);
}

function sorted(column, dir) {
  // expect: sql-injection
  return knex('products').orderByRaw(column + ' ' + dir);
}

function sortedSafe(column, dir) {
  return knex('products').orderBy(['name', 'price'].includes(column) ? column : 'name', dir === 'desc' ? 'desc' : 'asc');
}

module.exports = { byCategory, byTag, byTagSafe, priceBetween, priceBetweenSafe, sorted, sortedSafe };
