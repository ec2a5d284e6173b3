'use strict';

// API Gateway handler for the usage reports of the metering service. Reads
// from the Aurora PostgreSQL cluster with node-postgres.

const { Pool } = require('pg');
const util = require('util');

const pool = new Pool({ max: 2, idleTimeoutMillis: 10000 });
const GRANULARITY = { hour: 'hour', day: 'day', month: 'month' };

function json(statusCode, body) {
  return { statusCode, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
}

async function handler(event) {
  const params = event.queryStringParameters || {};
  const accountId = event.requestContext.authorizer.accountId;
  const route = event.resource;

  if (route === '/usage') {
    const unit = GRANULARITY[params.granularity] || 'day';
    const { rows } = await pool.query(
      `SELECT date_trunc('${unit}', recorded_at) AS bucket, SUM(units) AS units FROM usage WHERE account_id = $1 GROUP BY 1 ORDER BY 1`,
      [accountId],
    );
    return json(200, rows);
  }

  if (route === '/usage/meters') {
    // expect: sql-injection
    const sql = "SELECT meter, SUM(units) AS units FROM usage WHERE account_id = '" + accountId + "' AND meter LIKE '" + params.prefix + "%' GROUP BY meter";
    const { rows } = await pool.query(sql);
    return json(200, rows);
  }

  if (route === '/usage/export') {
    // expect: sql-injection
    const { rows } = await pool.query(util.format("SELECT * FROM usage WHERE account_id = '%s' AND recorded_at >= '%s'", accountId, params.from));
    return json(200, rows);
  }

  if (route === '/usage/top') {
    const limit = Math.min(parseInt(params.limit, 10) || 10, 100);
    const { rows } = await pool.query(
      'SELECT meter, SUM(units) AS units FROM usage WHERE account_id = $1 GROUP BY meter ORDER BY units DESC LIMIT $2',
      [accountId, limit],
    );
    return json(200, rows);
  }

  console.log(`select skipped: unknown route ${route} for ${params.prefix}`);
  return json(404, { error: 'not found' });
}

exports.handler = handler;
