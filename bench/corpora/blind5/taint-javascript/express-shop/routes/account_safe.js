// Account routes: every handler validates or encodes what it receives.
const express = require('express');
const { Pool } = require('pg');
const path = require('path');
const fs = require('fs');
const { execFile } = require('child_process');
const escapeHtml = require('escape-html');
const validator = require('validator');

const router = express.Router();
const pool = new Pool();
const AVATARS = path.resolve(__dirname, '../avatars');
const LOCALES = new Set(['en', 'de', 'fr']);

router.get('/profile/:id', async (req, res) => {
  const id = Number(req.params.id);
  if (!Number.isInteger(id)) return res.sendStatus(400);
  const { rows } = await pool.query(`SELECT name, bio FROM users WHERE id = ${id}`);
  res.send(`<h1>${escapeHtml(rows[0]?.name ?? '')}</h1>`);
});

router.get('/avatar', (req, res) => {
  const name = path.basename(String(req.query.f || 'default.png'));
  res.sendFile(name, { root: AVATARS });
});

router.post('/locale', (req, res) => {
  const { locale } = req.body;
  if (LOCALES.has(locale)) {
    res.cookie('locale', locale, { sameSite: 'lax' });
    return res.redirect(`/${locale}/account`);
  }
  res.redirect('/account');
});

router.post('/verify-email', (req, res) => {
  const email = String(req.body.email || '');
  if (!validator.isEmail(email)) return res.sendStatus(400);
  execFile('/usr/local/bin/send-verification', [email], (err) => res.sendStatus(err ? 500 : 202));
});

router.get('/export', (req, res) => {
  res.type('text/plain');
  fs.createReadStream(path.join(__dirname, '../static/terms.txt')).pipe(res);
});

router.get('/search', async (req, res) => {
  const q = String(req.query.q || '');
  const { rows } = await pool.query('SELECT id, name FROM users WHERE name ILIKE $1 LIMIT 20', [`${q}%`]);
  res.json(rows);
});

module.exports = router;
