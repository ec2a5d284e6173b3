'use strict';

// Server-rendered fragments for the embeddable widgets (loaded with fetch + innerHTML by partner pages).
const express = require('express');
const util = require('util');
const escapeHtml = require('escape-html');

const app = express();
const FOOTER = '<footer class="widget-footer">Powered by Example</footer>';

app.get('/widget/greeting', function greeting(req, res) {
  // expect: xss
  res.send('<div class="greeting">Hello, ' + req.query.name + '!</div>' + FOOTER);
});

app.get('/widget/search', function search(req, res) {
  const term = req.query.q || '';
  // expect: xss
  const html = `<p class="no-results">Nothing found for <em>${term}</em></p>`;
  res.type('html').send(html);
});

app.get('/widget/badge/:user', function badge(req, res) {
  // expect: xss
  const html = util.format('<span class="badge" title="%s">%s</span>', req.params.user, req.query.label);
  res.send(html);
});

app.get('/widget/list', function list(req, res) {
  const items = String(req.query.items || '').split(',');
  // expect: xss
  const body = '<ul class="items">'.concat(items.map((i) => '<li>' + i + '</li>').join(''), '</ul>');
  res.send(body);
});

app.get('/widget/greeting-safe', function greetingSafe(req, res) {
  res.send('<div class="greeting">Hello, ' + escapeHtml(req.query.name) + '!</div>' + FOOTER);
});

app.get('/widget/count', function count(req, res) {
  const n = Number.parseInt(req.query.n, 10) || 0;
  res.json({ html: `<span class="count">${n}</span>` });
});

app.get('/widget/help', function help(req, res) {
  res.render('widget/help', { topic: req.query.topic });
});

module.exports = app;
