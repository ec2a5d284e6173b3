const express = require('express');
const mysql = require('mysql2/promise');
const { spawn, execSync } = require('child_process');
const vm = require('vm');
const axios = require('axios');
const { URL } = require('url');
const logger = require('../lib/logger');

const admin = express.Router();
const db = mysql.createPool({ host: process.env.DB_HOST, user: 'shop', database: 'shop' });
const HOOK_HOSTS = ['hooks.slack.com', 'hooks.partner.example'];

admin.post('/discount-rule/test', (req, res) => {
  const rule = req.body.rule;
  const sandbox = { cart: { total: 120, items: 3 } };
  // expect: code-injection
  const result = vm.runInNewContext(rule, sandbox, { timeout: 50 });
  res.json({ result });
});

admin.post('/discount-rule/test-safe', (req, res) => {
  const pct = Number(req.body.percent);
  if (!Number.isFinite(pct) || pct < 0 || pct > 90) return res.status(400).end();
  res.json({ result: 120 * (1 - pct / 100) });
});

admin.get('/users', async (req, res) => {
  const role = req.query.role;
  const sql = 'SELECT id, email FROM users WHERE role = "' + role + '"';
  // expect: sql-injection
  const [rows] = await db.query(sql);
  res.json(rows);
});

admin.get('/users-safe', async (req, res) => {
  const [rows] = await db.execute('SELECT id, email FROM users WHERE role = ?', [req.query.role]);
  res.json(rows);
});

admin.post('/backup', (req, res) => {
  const label = req.body.label;
  // expect: command-injection
  const child = spawn('sh', ['-c', `pg_dump shop > /backups/${label}.sql`]);
  child.on('close', (code) => res.json({ code }));
});

admin.post('/backup-safe', (req, res) => {
  const label = String(req.body.label).replace(/[^a-z0-9-]/gi, '');
  const child = spawn('pg_dump', ['-f', `/backups/${label}.sql`, 'shop']);
  child.on('close', (code) => res.json({ code }));
});

admin.get('/disk', (req, res) => {
  res.type('text').send(execSync('df -h /').toString());
});

admin.post('/webhook/test', async (req, res) => {
  const target = req.body.url;
  // expect: ssrf
  const r = await axios.post(target, { text: 'test' }, { timeout: 3000 });
  res.json({ status: r.status });
});

admin.post('/webhook/test-safe', async (req, res) => {
  const target = new URL(req.body.url);
  if (target.protocol !== 'https:' || !HOOK_HOSTS.includes(target.hostname)) return res.status(400).end();
  const r = await axios.post(target.toString(), { text: 'test' }, { timeout: 3000 });
  res.json({ status: r.status });
});

admin.post('/login-failed', (req, res) => {
  // expect: log-injection
  logger.warn('admin login failed for ' + req.body.username);
  res.status(401).end();
});

module.exports = admin;
