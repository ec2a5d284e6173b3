'use strict';
const express = require('express');
const { exec, execFile, spawn } = require('child_process');
const { promisify } = require('util');
const fs = require('fs/promises');
const path = require('path');
const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });

const router = express.Router();
const run = promisify(exec);
const BACKUPS = path.resolve('/srv/backups');
const SERVICES = new Set(['api', 'worker', 'scheduler']);

router.post('/backup', async (req, res) => {
  const { database, label } = req.body;
  const cmd = `pg_dump ${database} | gzip > ${BACKUPS}/${label}.sql.gz`;
  // expect: tainted-command
  await run(cmd);
  res.json({ ok: true });
});

router.post('/backup2', (req, res) => {
  const { database } = req.body;
  const child = spawn('pg_dump', ['--format=custom', '--file', path.join(BACKUPS, 'latest.dump'), String(database)]);
  child.on('close', (code) => res.json({ code }));
});

router.post('/restart', (req, res) => {
  const svc = req.body.service;
  if (!SERVICES.has(svc)) return res.status(400).json({ error: 'unknown service' });
  execFile('systemctl', ['restart', `app-${svc}`], (err) => res.json({ ok: !err }));
});

router.post('/restart-any', (req, res) => {
  const svc = req.body.service;
  // expect: tainted-command
  const child = spawn('sh', ['-c', 'systemctl restart app-' + svc]);
  child.on('close', (code) => res.json({ code }));
});

router.post('/grep-logs', (req, res) => {
  const pattern = req.body.pattern;
  // expect: tainted-command
  const child = spawn(`grep -r "${pattern}" /var/log/app`, { shell: true });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.on('close', () => res.type('text/plain').send(out));
});

router.get('/backups/:name', async (req, res) => {
  const file = path.join(BACKUPS, req.params.name);
  // expect: tainted-path
  const data = await fs.readFile(file);
  res.type('application/gzip').send(data);
});

router.get('/backups2/:name', async (req, res) => {
  const data = await fs.readFile(path.join(BACKUPS, path.basename(req.params.name)));
  res.type('application/gzip').send(data);
});

router.delete('/backups/:name', async (req, res) => {
  // expect: tainted-path
  await fs.unlink(BACKUPS + '/' + req.params.name);
  res.status(204).end();
});

router.get('/users', async (req, res) => {
  const { role } = req.query;
  // expect: tainted-sql
  const rows = await knex.raw(`SELECT id, email FROM users WHERE role = '${role}'`);
  res.json(rows.rows);
});

router.get('/users2', async (req, res) => {
  const rows = await knex('users').select('id', 'email').where({ role: req.query.role });
  res.json(rows);
});

router.get('/users3', async (req, res) => {
  const rows = await knex.raw('SELECT id, email FROM users WHERE role = ?', [req.query.role]);
  res.json(rows.rows);
});

router.post('/eval', (req, res) => {
  const { expression } = req.body;
  // expect: tainted-eval
  const result = eval(expression);
  res.json({ result });
});

router.post('/schedule', (req, res) => {
  const { code, delay } = req.body;
  // expect: tainted-eval
  setTimeout(code, Number(delay) || 1000);
  res.status(202).end();
});

module.exports = router;
