'use strict';

// Every handler here is safe: request data is validated, cast, escaped or bound.
const express = require('express');
const path = require('path');
const { execFile } = require('child_process');
const escapeHtml = require('escape-html');
const validator = require('validator');
const { Pool } = require('pg');

const router = express.Router();
const pool = new Pool();
const ROOT = '/srv/public';

router.get('/user/:id', async (req, res) => {
  const id = Number.parseInt(req.params.id, 10);
  if (Number.isNaN(id)) return res.status(400).end();
  const { rows } = await pool.query(`SELECT name FROM users WHERE id = ${id}`);
  res.json(rows[0] || null);
});

router.get('/hello', (req, res) => {
  res.send(`<p>Hello ${escapeHtml(String(req.query.name || ''))}</p>`);
});

router.get('/email', (req, res) => {
  const email = String(req.query.email || '');
  if (!validator.isEmail(email)) return res.status(400).send('invalid');
  res.json({ ok: true, email });
});

router.get('/file', (req, res) => {
  res.sendFile(path.basename(String(req.query.name || 'index.html')), { root: ROOT });
});

router.post('/dns', (req, res) => {
  const host = String(req.body.host || '');
  if (!validator.isFQDN(host)) return res.status(400).end();
  execFile('dig', ['+short', host], (err, out) => res.type('text').send(out));
});

router.get('/back', (req, res) => {
  res.redirect('/dashboard');
});

router.get('/json', (req, res) => {
  res.json({ q: req.query.q });
});

module.exports = router;
