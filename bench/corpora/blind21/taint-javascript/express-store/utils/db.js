// express-store/utils/db.js: the pool and the one function routes call to run SQL
'use strict';
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

/** Runs a statement with optional bound values and returns the rows. */
async function runSql(sql, values = []) {
  const started = Date.now();
  const { rows } = await pool.query(sql, values);
  if (Date.now() - started > 500) console.warn('slow query', sql.slice(0, 80));
  return rows;
}

/** Runs several statements in one transaction. */
async function inTransaction(work) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const out = await work((sql, values) => client.query(sql, values).then((r) => r.rows));
    await client.query('COMMIT');
    return out;
  } catch (e) {
    await client.query('ROLLBACK');
    throw e;
  } finally {
    client.release();
  }
}

/** Quotes an identifier from a fixed list; throws otherwise. */
function column(name, allowed) {
  if (!allowed.includes(name)) throw new Error(`column not allowed: ${name}`);
  return `"${name}"`;
}

module.exports = { runSql, inTransaction, column, pool };
