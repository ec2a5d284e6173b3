'use strict';
/**
 * Account routes. Every handler here is safe: parameterised queries, casts,
 * allow-lists, escaping, argv process calls and constant-only SQL.
 */
const express = require('express');
const { execFile } = require('child_process');
const path = require('path');
const fs = require('fs/promises');
const escapeHtml = require('escape-html');
const { Pool } = require('pg');

const router = express.Router();
const pg = new Pool({ connectionString: process.env.DATABASE_URL });
const AVATARS = path.resolve('/srv/avatars');
const LOCALES = new Set(['en', 'de', 'fr', 'es']);
const TABLE = 'accounts';

router.get('/me', async (req, res) => {
  const { rows } = await pg.query('SELECT id, email, locale FROM accounts WHERE id = $1', [req.user.id]);
  res.json(rows[0] || null);
});

router.get('/stats', async (_req, res) => {
  const sql = 'SELECT COUNT(*) AS n FROM ' + TABLE;
  const { rows } = await pg.query(sql);
  res.json(rows[0]);
});

router.get('/page', async (req, res) => {
  const limit = Math.min(100, Number(req.query.limit) || 20);
  const { rows } = await pg.query(`SELECT id, email FROM accounts ORDER BY id LIMIT ${limit}`);
  res.json(rows);
});

router.post('/locale', async (req, res) => {
  const locale = LOCALES.has(req.body.locale) ? req.body.locale : 'en';
  await pg.query('UPDATE accounts SET locale = $1 WHERE id = $2', [locale, req.user.id]);
  res.redirect('/account');
});

router.get('/avatar/:file', async (req, res) => {
  const file = path.basename(req.params.file);
  const data = await fs.readFile(path.join(AVATARS, file));
  res.type('image/png').send(data);
});

router.get('/hello', (req, res) => {
  res.send(`<p>Hello ${escapeHtml(String(req.query.name || 'there'))}</p>`);
});

router.get('/hello.txt', (req, res) => {
  res.type('text/plain').send(`Hello ${req.query.name || 'there'}`);
});

router.get('/echo.json', (req, res) => {
  res.json({ echo: req.query.msg || '' });
});

router.post('/export', (req, res) => {
  const format = req.body.format === 'json' ? 'json' : 'csv';
  execFile('/opt/app/bin/export-account', ['--format', format, '--id', String(req.user.id)], (err, stdout) => {
    if (err) return res.status(500).json({ error: 'export failed' });
    res.type(format === 'json' ? 'application/json' : 'text/csv').send(stdout);
  });
});

router.get('/done', (req, res) => {
  res.redirect('/account?saved=' + encodeURIComponent(String(req.query.saved || '1')));
});

router.get('/count/:n', (req, res) => {
  const n = Number.parseInt(req.params.n, 10);
  if (!Number.isInteger(n)) return res.status(400).end();
  res.send(`<b>${n}</b>`);
});

module.exports = router;
