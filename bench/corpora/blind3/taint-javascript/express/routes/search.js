'use strict';

const express = require('express');
const { Pool } = require('pg');
const escapeHtml = require('escape-html');

const router = express.Router();
const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const SORTABLE = new Set(['name', 'created_at', 'price']);

function searchTerm(req) {
  return (req.query.q || '').trim();
}

router.get('/search', async (req, res) => {
  const term = searchTerm(req);
  const sql = "SELECT id, name FROM products WHERE name ILIKE '%" + term + "%' LIMIT 50";
  // expect: sql-injection
  const { rows } = await pool.query(sql);
  res.json(rows);
});

router.get('/search/safe', async (req, res) => {
  const term = searchTerm(req);
  const { rows } = await pool.query('SELECT id, name FROM products WHERE name ILIKE $1 LIMIT 50', [`%${term}%`]);
  res.json(rows);
});

router.get('/search/sorted', async (req, res) => {
  const { sort = 'name', dir } = req.query;
  const column = SORTABLE.has(sort) ? sort : 'name';
  const direction = dir === 'desc' ? 'DESC' : 'ASC';
  const { rows } = await pool.query(`SELECT id, name FROM products ORDER BY ${column} ${direction}`);
  res.json(rows);
});

router.get('/search/by-tag', async (req, res) => {
  const { tag } = req.query;
  const where = `tags @> ARRAY['${tag}']`;
  // expect: sql-injection
  const result = await pool.query({ text: `SELECT id FROM products WHERE ${where}` });
  res.json(result.rows);
});

router.get('/search/echo', (req, res) => {
  const term = searchTerm(req);
  // expect: xss
  res.send(`<p>You searched for <b>${term}</b></p>`);
});

router.get('/search/echo-safe', (req, res) => {
  const term = searchTerm(req);
  res.send(`<p>You searched for <b>${escapeHtml(term)}</b></p>`);
});

router.get('/search/page', async (req, res) => {
  const limit = parseInt(req.query.limit, 10) || 20;
  const offset = Number(req.query.offset) || 0;
  const { rows } = await pool.query(`SELECT id FROM products ORDER BY id LIMIT ${limit} OFFSET ${offset}`);
  res.json(rows);
});

module.exports = router;
