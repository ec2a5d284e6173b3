const express = require('express');
const escapeHtml = require('escape-html');
const { promisePool, safeTableFor } = require('../lib/db');

const router = express.Router();

router.get('/', async (req, res, next) => {
  try {
    const table = safeTableFor(req.tenant, 'documents');
    const q = req.query.q || '';
    const [rows] = await promisePool.query(`SELECT id, title FROM ${table} WHERE MATCH(title) AGAINST (? IN NATURAL LANGUAGE MODE) LIMIT ?`, [q, res.locals.pageSize]);
    res.json({ q, rows });
  } catch (err) {
    next(err);
  }
});

router.get('/recent', (req, res) => {
  const last = req.session.lastSearch || '';
  const theme = req.session.theme || 'light';
  let html = `<body class="${theme}">`;
  html += `<p>Your last search: ${escapeHtml(last)}</p>`;
  html += '</body>';
  res.type('html').send(html);
});

router.get('/recent-raw', (req, res) => {
  // lastSearch is the raw ?q= value stored by middleware/prefs.js
  const last = req.session.lastSearch || '';
  // expect: xss
  res.send(`<p>Your last search: ${last}</p><a href="/search?q=${encodeURIComponent(last)}">again</a>`);
});

router.get('/done', (req, res) => {
  const target = res.locals.returnTo || '/search';
  // expect: open-redirect
  res.redirect(target);
});

module.exports = router;
