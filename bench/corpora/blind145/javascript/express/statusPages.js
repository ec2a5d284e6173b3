'use strict';

const express = require('express');
const escapeHtml = require('escape-html');
const db = require('../db');

const router = express.Router();

router.get('/healthz', function (req, res) {
  res.send('ok');
});

router.get('/hello', function (req, res) {
  const name = req.query.name || 'guest';
  // expect: xss
  res.send('<h1>Hello ' + name + '</h1>');
});

router.get('/orders/:id/status', function (req, res, next) {
  db.orders.findById(req.params.id).then((order) => {
    if (!order) {
      return res.status(404).json({ error: 'not found' });
    }
    res.json({ id: order.id, status: order.status });
  }).catch(next);
});

router.get('/search', function handleSearch(req, res) {
  const term = req.query.q;
  res.write('<html><body>');
  // expect: xss
  res.write(`<p>No results for <em>${term}</em></p>`);
  res.end('</body></html>');
});

router.get('/greet', function (req, res) {
  res.send('<p>Welcome back, ' + escapeHtml(req.query.name || '') + '</p>');
});

router.post('/feedback', function (req, res) {
  const msg = req.body.message;
  db.feedback.insert({ message: msg });
  // expect: xss
  res.send(`<div class="thanks">We received: ${msg}</div>`);
});

router.get('/robots.txt', function (req, res) {
  res.type('text/plain');
  res.send('User-agent: *\nDisallow: /admin');
});

router.get('/profile/:user', function (req, res) {
  res.render('profile', { user: req.params.user });
});

module.exports = router;
