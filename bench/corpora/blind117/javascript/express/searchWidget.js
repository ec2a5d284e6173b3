'use strict';

const express = require('express');
const util = require('util');
const escapeHtml = require('escape-html');

const router = express.Router();

router.get('/widget/search', function search(req, res) {
  const term = req.query.q;
  // expect: xss
  res.send('<p class="empty">No results for ' + term + '</p>');
});

router.get('/widget/hello', function hello(req, res) {
  // expect: xss
  res.send(`<h2>Hello, ${req.query.name}</h2>`);
});

router.post('/widget/note', function note(req, res) {
  // expect: xss
  res.send(util.format('<div class="note">%s</div>', req.body.note));
});

function badge(req, res) {
  // expect: xss
  const html = '<span class="badge">'.concat(req.params.label, '</span>');
  res.send(html);
}

router.get('/widget/badge/:label', badge);

router.get('/widget/safe', function safe(req, res) {
  res.send('<p class="empty">No results for ' + escapeHtml(req.query.q) + '</p>');
});

router.get('/widget/count', function count(req, res) {
  res.json({ count: Number(req.query.n) || 0 });
});

module.exports = router;
