'use strict';
const express = require('express');
const { Pool } = require('pg');
const cp = require('child_process');
const path = require('path');
const fs = require('fs/promises');
const escapeHtml = require('escape-html');

const router = express.Router();
const pool = new Pool();
const IMAGE_DIR = path.resolve(__dirname, '../public/images');
const SORT_COLUMNS = new Set(['name', 'price', 'created_at']);

function whereFor(field, value) {
  return `WHERE ${field} = '${value}'`;
}

router.get('/search', async (req, res) => {
  const { q = '' } = req.query;
  // expect: sql-injection
  const { rows } = await pool.query("SELECT id, name FROM products WHERE name ILIKE '%" + q + "%'");
  res.json(rows);
});

router.get('/search-safe', async (req, res) => {
  const { q = '' } = req.query;
  const { rows } = await pool.query('SELECT id, name FROM products WHERE name ILIKE $1', [`%${q}%`]);
  res.json(rows);
});

router.get('/filter', async (req, res) => {
  const clause = whereFor(req.query.field, req.query.value);
  // expect: sql-injection
  const result = await pool.query(`SELECT id, name FROM products ${clause}`);
  res.json(result.rows);
});

router.get('/sorted', async (req, res) => {
  const col = String(req.query.sort || 'name');
  if (!SORT_COLUMNS.has(col)) return res.status(400).end();
  const result = await pool.query(`SELECT id, name FROM products ORDER BY ${col}`);
  res.json(result.rows);
});

router.get('/page/:n', async (req, res) => {
  const offset = parseInt(req.params.n, 10) * 20;
  const result = await pool.query(`SELECT id, name FROM products LIMIT 20 OFFSET ${offset}`);
  res.json(result.rows);
});

router.get('/image', async (req, res) => {
  const file = req.query.file;
  // expect: path-traversal
  const data = await fs.readFile(path.join(IMAGE_DIR, file));
  res.type('png').send(data);
});

router.get('/image-safe', async (req, res) => {
  const full = path.resolve(IMAGE_DIR, String(req.query.file));
  if (!full.startsWith(IMAGE_DIR + path.sep)) return res.sendStatus(404);
  res.type('png').send(await fs.readFile(full));
});

router.post('/resize', (req, res) => {
  const { sku, width } = req.body;
  // expect: command-injection
  cp.exec(`convert images/${sku}.png -resize ${width} thumbs/${sku}.png`, (err) => {
    res.sendStatus(err ? 500 : 204);
  });
});

router.post('/resize-safe', (req, res) => {
  const { sku } = req.body;
  const width = Number.parseInt(req.body.width, 10);
  cp.execFile('convert', [`images/${sku}.png`, '-resize', `${width}`, `thumbs/${sku}.png`], (err) => {
    res.sendStatus(err ? 500 : 204);
  });
});

router.get('/greet', (req, res) => {
  const name = req.query.name || 'guest';
  // expect: xss
  res.send('<h1>Welcome ' + name + '</h1>');
});

router.get('/greet-safe', (req, res) => {
  res.send('<h1>Welcome ' + escapeHtml(req.query.name || 'guest') + '</h1>');
});

router.get('/back', (req, res) => {
  // expect: open-redirect
  res.redirect(req.query.returnTo);
});

router.get('/back-safe', (req, res) => {
  const to = String(req.query.returnTo || '/');
  res.redirect(to.startsWith('/') && !to.startsWith('//') && !to.includes('\\') ? to : '/');
});

router.get('/count', async (req, res) => {
  const { rows } = await pool.query('SELECT count(*) FROM products WHERE deleted = false');
  res.json(rows[0]);
});

module.exports = router;
