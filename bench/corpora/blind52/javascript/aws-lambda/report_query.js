'use strict';

// Lambda for the analytics dashboard: runs report queries against Aurora MySQL.
const mysql = require('mysql2/promise');
const util = require('util');

const pool = mysql.createPool({
  host: process.env.DB_HOST,
  user: process.env.DB_USER,
  password: process.env.DB_PASSWORD,
  database: 'analytics',
});

const METRICS = { visits: 'visit_count', signups: 'signup_count' };

async function run(event) {
  const params = event.queryStringParameters || {};
  const body = event.body ? JSON.parse(event.body) : {};

  if (params.report === 'daily') {
    // expect: sql-injection
    const [rows] = await pool.query("SELECT day, visits FROM daily_stats WHERE site_id = " + params.siteId);
    return respond(rows);
  }

  if (params.report === 'campaign') {
    // expect: sql-injection
    const sql = `SELECT * FROM campaigns WHERE name = '${body.campaign}' ORDER BY started_at`;
    const [rows] = await pool.query(sql);
    return respond(rows);
  }

  if (params.report === 'cleanup') {
    // expect: sql-injection
    const sql = util.format("DELETE FROM drafts WHERE owner = '%s'", body.owner);
    await pool.query(sql);
    return respond({ deleted: true });
  }

  if (params.report === 'tags') {
    // expect: sql-injection
    const sql = "SELECT tag, COUNT(*) AS n FROM tags WHERE tag IN ".concat("(", body.tags.join(','), ") GROUP BY tag");
    const [rows] = await pool.query(sql);
    return respond(rows);
  }

  const column = METRICS[params.metric] || 'visit_count';
  const [rows] = await pool.execute(`SELECT day, ${column} FROM daily_stats WHERE site_id = ?`, [params.siteId]);
  console.log(`SELECT for site ${params.siteId} returned ${rows.length} rows`);
  return respond(rows);
}

function respond(payload) {
  return { statusCode: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) };
}

exports.handler = run;
