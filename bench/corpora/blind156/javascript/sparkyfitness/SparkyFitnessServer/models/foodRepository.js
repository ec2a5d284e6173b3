// Postgres queries for foods; the pool is per request user for row-level security.
const { getClient } = require('../db/poolManager');

async function searchFoods(userId, name, exact, limit) {
  const client = await getClient(userId);
  try {
    const pattern = exact ? name : `%${name}%`;
    const result = await client.query(
      `SELECT f.id, f.name, f.brand FROM foods f
       WHERE (f.user_id = $1 OR f.shared_with_public = true) AND f.name ILIKE $2
       ORDER BY f.name LIMIT $3`,
      [userId, pattern, limit],
    );
    return result.rows;
  } finally {
    client.release();
  }
}

async function searchFoodsBroad(userId, name, limit) {
  const client = await getClient(userId);
  try {
    const words = name.split(/\s+/).filter(Boolean);
    const conditions = words.map((w) => `f.name ILIKE '%${w}%'`).join(' OR ') || 'TRUE';
    // expect: sql-injection
    const result = await client.query(`SELECT f.id, f.name, f.brand FROM foods f WHERE f.user_id = $1 AND (${conditions}) LIMIT ${limit}`, [userId]);
    return result.rows;
  } finally {
    client.release();
  }
}

async function searchFoodsByWords(userId, name, limit) {
  const client = await getClient(userId);
  try {
    const words = name.split(/\s+/).filter(Boolean).slice(0, 10);
    const conditions = words.map((_, i) => `f.name ILIKE $${i + 2}`).join(' OR ') || 'TRUE';
    const params = [userId, ...words.map((w) => `%${w}%`)];
    const result = await client.query(`SELECT f.id, f.name FROM foods f WHERE f.user_id = $1 AND (${conditions}) LIMIT ${Number(limit)}`, params);
    return result.rows;
  } finally {
    client.release();
  }
}

module.exports = { searchFoods, searchFoodsBroad, searchFoodsByWords };
