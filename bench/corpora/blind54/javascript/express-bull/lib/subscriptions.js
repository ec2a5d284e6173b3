const { Pool } = require('pg');

const pg = new Pool({ connectionString: process.env.DATABASE_URL });

async function subscriptionsFor(event) {
  const { rows } = await pg.query('SELECT id, url FROM subscriptions WHERE event = $1 AND active', [event]);
  return rows;
}

async function subscriptionUrl(id) {
  const { rows } = await pg.query('SELECT url FROM subscriptions WHERE id = $1', [id]);
  return rows[0] ? rows[0].url : null;
}

module.exports = { pg, subscriptionsFor, subscriptionUrl };
