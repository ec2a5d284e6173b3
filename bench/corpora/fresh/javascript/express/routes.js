'use strict';
const express = require('express');
const { exec, execFile } = require('child_process');
const cp = require('child_process');
const { Sequelize, QueryTypes } = require('sequelize');
const escapeHtml = require('escape-html');

const router = express.Router();
const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false });
const ALLOWED_REDIRECTS = new Set(['/dashboard', '/settings', '/billing']);

router.get('/hello', (req, res) => {
  const name = req.query.name || 'friend';
  // expect: xss
  res.send(`<h1>Hello ${name}</h1>`);
});

router.get('/hello-safe', (req, res) => {
  res.send(`<h1>Hello ${escapeHtml(req.query.name || 'friend')}</h1>`);
});

router.get('/status', (req, res) => {
  res.send({ ok: true, version: process.env.APP_VERSION });
});

router.post('/echo', (req, res) => {
  res.json(req.body);
});

router.get('/profile/:id', async (req, res) => {
  // expect: sql-injection
  const rows = await sequelize.query(`SELECT * FROM users WHERE id = ${req.params.id}`, { type: QueryTypes.SELECT });
  res.json(rows[0] || null);
});

router.get('/profile-safe/:id', async (req, res) => {
  const rows = await sequelize.query('SELECT * FROM users WHERE id = :id', { replacements: { id: req.params.id }, type: QueryTypes.SELECT });
  res.json(rows[0] || null);
});

router.get('/search', async (req, res) => {
  const term = req.query.q;
  const sql = "SELECT id, title FROM posts WHERE title LIKE '%" + term + "%'";
  // expect: sql-injection
  const [rows] = await sequelize.query(sql);
  res.json(rows);
});

router.get('/stats', async (req, res) => {
  const [rows] = await sequelize.query('SELECT count(*) AS n FROM posts');
  res.json(rows[0]);
});

router.post('/ping', (req, res) => {
  const host = req.body.host;
  // expect: command-injection
  exec(`ping -c 2 ${host}`, (err, stdout) => res.type('text').send(stdout));
});

router.post('/ping-safe', (req, res) => {
  execFile('ping', ['-c', '2', req.body.host], (err, stdout) => res.type('text').send(stdout));
});

router.get('/uptime', (req, res) => {
  exec('uptime', (err, stdout) => res.type('text').send(stdout));
});

router.post('/convert', (req, res) => {
  const { file, format } = req.body;
  // expect: command-injection
  cp.execSync('convert uploads/' + file + ' out.' + format);
  res.sendStatus(204);
});

router.post('/calc', (req, res) => {
  // expect: code-injection
  const result = eval(req.body.expression);
  res.json({ result });
});

router.post('/rule', (req, res) => {
  // expect: code-injection
  const fn = new Function('order', 'return ' + req.body.rule);
  res.json({ applies: fn(req.body.order) });
});

router.get('/parse', (req, res) => {
  res.json(JSON.parse(req.query.data || '{}'));
});

router.get('/login/callback', (req, res) => {
  // expect: open-redirect
  res.redirect(req.query.returnTo);
});

router.get('/go', (req, res) => {
  const target = req.query.to;
  if (ALLOWED_REDIRECTS.has(target)) {
    return res.redirect(target);
  }
  res.redirect('/dashboard');
});

router.get('/out', (req, res) => {
  const url = req.query.url;
  // expect: open-redirect
  res.redirect(302, url);
});

router.get('/error', (req, res) => {
  // expect: xss
  res.status(400).send('<p>Unknown page: ' + req.query.page + '</p>');
});

router.get('/text', (req, res) => {
  res.type('text/plain').send('You asked for ' + req.query.page);
});

module.exports = router;
