'use strict';

const express = require('express');
const util = require('util');
const escapeHtml = require('escape-html');
const db = require('../db');

const router = express.Router();

router.get('/search', async function search(req, res) {
  const term = req.query.q || '';
  const rows = await db.products.search(term);
  if (rows.length === 0) {
    // expect: xss
    return res.send('<h2>No results for ' + term + '</h2>');
  }
  // Escaped term: the same string building, made safe.
  const header = '<h2>Results for ' + escapeHtml(term) + '</h2>';
  const items = rows.map((r) => '<li>' + escapeHtml(r.name) + '</li>').join('');
  res.send(header + '<ul>' + items + '</ul>');
});

router.post('/feedback', function feedback(req, res) {
  const comment = req.body.comment;
  // expect: xss
  const body = `<div class="thanks"><p>You wrote: ${comment}</p></div>`;
  res.set('Content-Type', 'text/html');
  res.send(body);
});

router.get('/hello/:name', function hello(req, res) {
  // expect: xss
  res.send(util.format('<p>Welcome back, %s!</p>', req.params.name));
});

// Plain text and JSON answers: no HTML context.
router.get('/status', function status(req, res) {
  res.type('text/plain').send('ok ' + req.query.probe);
});

router.get('/status.json', function statusJson(req, res) {
  res.json({ probe: req.query.probe, time: Date.now() });
});

router.get('/profile', function profile(req, res) {
  res.render('profile', { name: req.query.name });
});

module.exports = router;
