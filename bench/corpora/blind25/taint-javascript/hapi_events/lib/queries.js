// Query helpers for the events service (knex).
const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });

function eventsInCity(city) {
  return knex('events').where('city', city).select('id', 'title');
}

function eventsMatching(expr) {
  // expect: sql-injection
  return knex('events').whereRaw(expr).select('id', 'title');
}

module.exports = { knex, eventsInCity, eventsMatching };
