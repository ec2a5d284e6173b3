// library: Express + pg (request data in SQL strings)
const express = require('express');
const { Pool } = require('pg');

const router = express.Router();
const pool = new Pool();

router.get('/users', async (req, res) => {
  // expect: sql-injection
  const { rows } = await pool.query("SELECT id, name FROM users WHERE team = '" + req.query.team + "'");
  res.json(rows);
});

router.get('/users-safe', async (req, res) => {
  const { rows } = await pool.query('SELECT id, name FROM users WHERE team = $1', [req.query.team]);
  res.json(rows);
});

router.get('/users/:id/audit', async (req, res) => {
  const sql = `SELECT * FROM audit WHERE user_id = ${req.params.id} ORDER BY ts DESC`;
  // expect: sql-injection
  const { rows } = await pool.query(sql);
  res.json(rows);
});

router.patch('/users/:id', async (req, res) => {
  // expect: sql-injection
  await pool.query(`UPDATE users SET nickname = '${req.body.nickname}' WHERE id = $1`, [req.params.id]);
  res.sendStatus(204);
});

router.get('/users/count', async (_req, res) => {
  const { rows } = await pool.query('SELECT count(*) FROM users');
  res.json(rows[0]);
});

module.exports = router;
