'use strict';
const express = require('express');
const { Pool } = require('pg');
const mysql = require('mysql2/promise');
const escapeHtml = require('escape-html');
const axios = require('axios');

const router = express.Router();
const pg = new Pool({ connectionString: process.env.DATABASE_URL });
const legacy = mysql.createPool({ uri: process.env.LEGACY_DB_URL });
const SORTS = { price: 'price', name: 'name', newest: 'created_at DESC' };
const IMAGE_HOSTS = new Set(['images.vendor-a.example', 'cdn.vendor-b.example']);

function searchTerm(req) {
  return String(req.query.term || '').trim();
}

function categoryFilter(req) {
  const { category } = req.query;
  return category ? `category = '${category}'` : 'TRUE';
}

router.get('/search', async (req, res, next) => {
  try {
    const term = searchTerm(req);
    const sql = `SELECT id, name, price FROM products WHERE name ILIKE '%${term}%'`;
    // expect: tainted-sql
    const { rows } = await pg.query(sql);
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

router.get('/search2', async (req, res, next) => {
  try {
    const { rows } = await pg.query('SELECT id, name, price FROM products WHERE name ILIKE $1', [`%${searchTerm(req)}%`]);
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

router.get('/browse', async (req, res, next) => {
  try {
    // expect: tainted-sql
    const { rows } = await pg.query('SELECT id, name FROM products WHERE ' + categoryFilter(req));
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

router.get('/sorted', async (req, res, next) => {
  try {
    const order = SORTS[req.query.sort] || SORTS.name;
    const { rows } = await pg.query(`SELECT id, name FROM products ORDER BY ${order}`);
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

router.get('/page/:n', async (req, res, next) => {
  try {
    const offset = Number.parseInt(req.params.n, 10) * 20 || 0;
    const { rows } = await pg.query(`SELECT id, name FROM products LIMIT 20 OFFSET ${offset}`);
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

router.get('/legacy/:sku', async (req, res, next) => {
  try {
    const sku = req.params.sku;
    // expect: tainted-sql
    const [rows] = await legacy.query("SELECT * FROM item WHERE sku = '" + sku + "'");
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

router.get('/legacy2/:sku', async (req, res, next) => {
  try {
    const [rows] = await legacy.execute('SELECT * FROM item WHERE sku = ?', [req.params.sku]);
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

router.get('/image', async (req, res, next) => {
  try {
    const { src } = req.query;
    // expect: tainted-ssrf
    const upstream = await axios.get(src, { responseType: 'arraybuffer', timeout: 5000 });
    res.type('image/jpeg').send(upstream.data);
  } catch (err) {
    next(err);
  }
});

router.get('/image2', async (req, res, next) => {
  try {
    const url = new URL(String(req.query.src));
    if (url.protocol !== 'https:' || !IMAGE_HOSTS.has(url.hostname)) return res.status(400).end();
    const upstream = await axios.get(url.href, { responseType: 'arraybuffer', timeout: 5000 });
    res.type('image/jpeg').send(upstream.data);
  } catch (err) {
    next(err);
  }
});

router.get('/not-found', (req, res) => {
  const path = req.query.path || '';
  // expect: tainted-xss
  res.status(404).send('<h1>Not found</h1><p>' + path + '</p>');
});

router.get('/not-found2', (req, res) => {
  res.status(404).send('<h1>Not found</h1><p>' + escapeHtml(req.query.path || '') + '</p>');
});

router.get('/continue', (req, res) => {
  const { returnTo } = req.query;
  // expect: tainted-redirect
  res.redirect(returnTo || '/');
});

router.get('/continue2', (req, res) => {
  const returnTo = String(req.query.returnTo || '/');
  res.redirect(returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/');
});

module.exports = router;
