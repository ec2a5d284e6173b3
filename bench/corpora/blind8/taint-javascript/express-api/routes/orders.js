// library: Express / pg / knex
const express = require('express');
const { Pool } = require('pg');
const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });

const router = express.Router();
const pool = new Pool();
const SORTABLE = { date: 'created_at', total: 'total' };

router.get('/orders', async (req, res) => {
  const { rows } = await pool.query('SELECT * FROM orders WHERE customer_id = $1', [req.user.id]);
  res.json(rows);
});

router.get('/orders/search', async (req, res) => {
  const status = req.query.status;
  // expect: sql-injection
  const { rows } = await pool.query(`SELECT * FROM orders WHERE status = '${status}' AND customer_id = ${req.user.id}`);
  res.json(rows);
});

router.get('/orders/sorted', async (req, res) => {
  const col = SORTABLE[req.query.sort] || 'created_at';
  const rows = await knex('orders').where({ customer_id: req.user.id }).orderBy(col, 'desc');
  res.json(rows);
});

router.get('/orders/sorted-raw', async (req, res) => {
  const rows = await knex('orders')
    .where({ customer_id: req.user.id })
    // expect: sql-injection
    .orderByRaw(req.query.sort);
  res.json(rows);
});

router.get('/orders/by-note', async (req, res) => {
  // expect: sql-injection
  const rows = await knex('orders').whereRaw(`note ILIKE '%${req.query.note}%'`);
  res.json(rows);
});

router.get('/orders/by-note-safe', async (req, res) => {
  const rows = await knex('orders').whereRaw('note ILIKE ?', [`%${req.query.note}%`]);
  res.json(rows);
});

router.get('/orders/count', async (req, res) => {
  const days = parseInt(req.query.days, 10) || 30;
  const { rows } = await pool.query(`SELECT count(*) FROM orders WHERE created_at > now() - interval '${days} days'`);
  res.json(rows[0]);
});

module.exports = router;
