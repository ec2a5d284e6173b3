'use strict';
/**
 * Monthly report SQL, used by the API (with a user-chosen region) and by the cron job
 * (with a constant region).
 */
const { Pool } = require('pg');

const pg = new Pool({ connectionString: process.env.DATABASE_URL });
const DEFAULT_REGION = 'eu-west';

function regionSql(region) {
  return `SELECT day, SUM(total) FROM orders WHERE region = '${region}' GROUP BY day`;
}

async function monthlyForRequest(req) {
  const sql = regionSql(req.query.region);
  // expect: tainted-sql
  return (await pg.query(sql)).rows;
}

async function monthlyForCron() {
  const sql = regionSql(DEFAULT_REGION);
  return (await pg.query(sql)).rows;
}

async function monthlyForRequestSafe(req) {
  const { rows } = await pg.query('SELECT day, SUM(total) FROM orders WHERE region = $1 GROUP BY day', [String(req.query.region)]);
  return rows;
}

function logRequest(req, logger) {
  const ua = req.headers['user-agent'] || '';
  // expect: tainted-log
  logger.info('request from ' + ua + ' for ' + req.originalUrl);
}

function logRequestSafe(req, logger) {
  logger.info({ ua: String(req.headers['user-agent'] || '').replace(/[\r\n]/g, ' '), url: req.originalUrl }, 'request');
}

function cookieGreeting(req, res) {
  const name = req.cookies.display_name || 'friend';
  // expect: tainted-xss
  res.write('<p>Welcome back, ' + name + '</p>');
  res.end();
}

module.exports = { monthlyForRequest, monthlyForCron, monthlyForRequestSafe, logRequest, logRequestSafe, cookieGreeting };
