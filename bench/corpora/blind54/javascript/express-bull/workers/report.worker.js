const BeeQueue = require('bee-queue');
const fs = require('fs');
const path = require('path');
const { pg } = require('../lib/subscriptions');

const REPORT_DIR = '/data/reports';

const queue = new BeeQueue('reports', { redis: { url: process.env.REDIS_URL || 'redis://127.0.0.1:6379' } });

function rangeClause(from, to) {
  let clause = '';
  if (from) clause += ` AND created_at >= '${from}'`;
  if (to) clause += ` AND created_at < '${to}'`;
  return clause;
}

queue.process(4, async (job) => {
  const { customer, from, to, output } = job.data;

  const params = [customer];
  let where = 'customer_id = $1';
  if (from) {
    params.push(from);
    where += ` AND created_at >= $${params.length}`;
  }
  const { rows: safeRows } = await pg.query(`SELECT id, amount FROM orders WHERE ${where}`, params);

  // expect: sql-injection
  const { rows } = await pg.query(`SELECT id, amount, created_at FROM orders WHERE customer_id = $1${rangeClause(from, to)}`, [customer]);

  const csv = ['id,amount,created_at', ...rows.map((r) => `${r.id},${r.amount},${r.created_at.toISOString()}`)].join('\n');
  // expect: path-traversal
  fs.writeFileSync(path.join(REPORT_DIR, output), csv);

  fs.writeFileSync(path.join(REPORT_DIR, `${job.id}.summary.json`), JSON.stringify({ count: safeRows.length }));
  return { file: output, rows: rows.length };
});

queue.on('failed', (job, err) => console.error(`report ${job.id} failed`, err.message));
