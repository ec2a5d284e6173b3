// library: Express + pg + knex
const express = require('express');
const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });
const { Pool } = require('pg');

const router = express.Router();
const pool = new Pool();

router.get('/tickets', async (req, res) => {
  // expect: sql-injection
  const { rows } = await pool.query(`SELECT * FROM tickets WHERE queue = '${req.query.queue}'`);
  res.json(rows);
});

router.get('/tickets/:id', async (req, res) => {
  const { rows } = await pool.query('SELECT * FROM tickets WHERE id = $1', [req.params.id]);
  res.json(rows[0]);
});

router.get('/search', async (req, res) => {
  // expect: sql-injection
  const rows = await knex('tickets').whereRaw(`subject ILIKE '%${req.query.q}%'`);
  res.json(rows);
});

router.get('/search-safe', async (req, res) => {
  const rows = await knex('tickets').whereILike('subject', `%${req.query.q}%`);
  res.json(rows);
});

router.get('/report', async (req, res) => {
  // expect: sql-injection
  const result = await knex.raw('SELECT status, count(*) FROM tickets GROUP BY status ORDER BY ' + req.query.sort);
  res.json(result.rows);
});

module.exports = router;
