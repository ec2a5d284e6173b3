// knex: raw / whereRaw / orderByRaw with interpolation, next to bindings
const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });

async function findByName(name) {
  // expect: sql-injection
  const result = await knex.raw(`select id, name from users where name = '${name}'`);
  return result.rows;
}

async function findByEmail(email) {
  // expect: sql-injection
  return knex('users').whereRaw('lower(email) = ' + "'" + email.toLowerCase() + "'").first();
}

async function listSorted(sortExpr) {
  // expect: sql-injection
  return knex.select('id', 'name').from('users').orderByRaw(sortExpr);
}

async function findByNameSafe(name) {
  const result = await knex.raw('select id, name from users where name = ?', [name]);
  return result.rows;
}

async function findByEmailSafe(email) {
  return knex('users').whereRaw('lower(email) = ?', [email.toLowerCase()]).first();
}

async function sortedByColumn(column, value) {
  return knex('users').where(knex.raw('?? = ?', [column, value]));
}

async function activeUsers() {
  return knex('users').where({ active: true }).orderBy('name');
}

module.exports = { findByName, findByEmail, listSorted, findByNameSafe, findByEmailSafe, sortedByColumn, activeUsers };
