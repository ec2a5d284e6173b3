import express from 'express';
import { promisify } from 'node:util';
import * as child from 'node:child_process';
import { createHash, createDecipher, createDecipheriv, pbkdf2Sync } from 'node:crypto';
import pg from 'pg';

const execAsync = promisify(child.exec);
const pool = new pg.Pool();
const router = express.Router();

const runQuery = (sql, params = []) => pool.query(sql, params);

router.get('/reports/:kind', async (req, res, next) => {
  try {
    const { kind } = req.params;
    const from = req.query.from;
    // expect: sql-injection
    const { rows } = await runQuery(`SELECT * FROM report_${kind} WHERE day >= '${from}'`);
    res.json(rows);
  } catch (e) { next(e); }
});

router.get('/reports-safe/:kind', async (req, res, next) => {
  const tables = { daily: 'report_daily', weekly: 'report_weekly' };
  const table = tables[req.params.kind];
  if (!table) return res.sendStatus(404);
  try {
    const { rows } = await runQuery(`SELECT * FROM ${table} WHERE day >= $1`, [req.query.from]);
    res.json(rows);
  } catch (e) { next(e); }
});

router.post('/reports/render', async (req, res) => {
  const { template, out } = req.body;
  // expect: command-injection
  await execAsync(`wkhtmltopdf ${template} /tmp/${out}.pdf`);
  res.download(`/tmp/${out}.pdf`);
});

router.post('/reports/render-fixed', async (req, res) => {
  await execAsync('wkhtmltopdf /srv/templates/monthly.html /tmp/monthly.pdf');
  res.download('/tmp/monthly.pdf');
});

router.get('/reports/title', (req, res) => {
  const title = req.query.title ?? 'Report';
  res.set('Content-Type', 'text/html');
  // expect: xss
  res.end(`<!doctype html><title>${title}</title><h1>${title}</h1>`);
});

router.get('/legacy/decrypt', (req, res) => {
  // expect: weak-cipher
  const d = createDecipher('des', process.env.LEGACY_KEY);
  res.json({ value: d.update(String(req.query.v), 'hex', 'utf8') + d.final('utf8') });
});

router.get('/legacy/decrypt-v2', (req, res) => {
  const key = Buffer.from(process.env.REPORT_KEY, 'hex');
  const [iv, tag, data] = String(req.query.v).split('.').map((p) => Buffer.from(p, 'hex'));
  const d = createDecipheriv('aes-256-gcm', key, iv);
  d.setAuthTag(tag);
  res.json({ value: Buffer.concat([d.update(data), d.final()]).toString('utf8') });
});

export function passwordDigest(pw, salt) {
  // expect: weak-hash
  return createHash('sha1').update(salt + pw).digest('hex');
}

export function passwordDigestStrong(pw, salt) {
  return pbkdf2Sync(pw, salt, 310000, 32, 'sha256').toString('hex');
}

export function cacheKey(params) {
  return createHash('sha1').update(JSON.stringify(params)).digest('hex');
}

router.get('/reports/next', (req, res) => {
  const next = req.query.next;
  // expect: open-redirect
  res.redirect(301, `${next}`);
});

router.get('/reports/relative', (req, res) => {
  const page = Number.parseInt(req.query.page, 10) || 1;
  res.redirect(`/reports?page=${page}`);
});

export default router;
