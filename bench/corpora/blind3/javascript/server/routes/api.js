'use strict';

const express = require('express');
const { exec, execFile, spawn } = require('child_process');
const { Sequelize, QueryTypes } = require('sequelize');
const mysql = require('mysql2/promise');

const router = express.Router();
const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false });
const pool = mysql.createPool({
  uri: process.env.MYSQL_URL,
  // expect: sql-injection
  multipleStatements: true,
});

router.get('/users', async (req, res) => {
  // expect: sql-injection
  const rows = await sequelize.query(`SELECT id, email FROM users WHERE team = '${req.query.team}'`, { type: QueryTypes.SELECT });
  res.json(rows);
});

router.get('/users/safe', async (req, res) => {
  const rows = await sequelize.query('SELECT id, email FROM users WHERE team = :team', {
    replacements: { team: req.query.team }, type: QueryTypes.SELECT,
  });
  res.json(rows);
});

router.get('/orders', async (req, res) => {
  const [rows] = await pool.execute('SELECT * FROM orders WHERE user_id = ?', [req.query.user]);
  res.json(rows);
});

router.post('/convert', (req, res) => {
  // expect: command-injection
  exec('convert ' + req.body.input + ' out.png', (err) => res.json({ ok: !err }));
});

router.post('/convert/safe', (req, res) => {
  execFile('convert', [String(req.body.input), 'out.png'], (err) => res.json({ ok: !err }));
});

router.get('/version', (req, res) => {
  exec('git rev-parse HEAD', (err, stdout) => res.send(stdout.trim()));
});

router.get('/greet', (req, res) => {
  // expect: xss
  res.send('<h1>Hello ' + req.query.name + '</h1>');
});

router.get('/greet/json', (req, res) => {
  res.json({ greeting: `Hello ${req.query.name}` });
});

router.get('/out', (req, res) => {
  // expect: open-redirect
  res.redirect(req.query.url);
});

router.post('/calc', (req, res) => {
  // expect: code-injection
  const value = eval(req.body.expression);
  res.json({ value });
});

router.get('/tail', (req, res) => {
  const lines = String(parseInt(req.query.n, 10) || 50);
  const child = spawn('tail', ['-n', lines, '/var/log/app.log']);
  child.stdout.pipe(res);
});

module.exports = router;
