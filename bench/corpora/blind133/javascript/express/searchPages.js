'use strict';

const express = require('express');
const util = require('util');
const escapeHtml = require('escape-html');

const app = express.Router();

app.get('/search', function (req, res) {
  const results = [];
  if (results.length === 0) {
    // expect: xss
    return res.status(404).send('<p class="empty">No results for ' + req.query.q + '</p>');
  }
  res.render('results', { results, q: req.query.q });
});

app.get('/tags/:slug', function (req, res) {
  // expect: xss
  const heading = util.format('<h2 class="tag">%s</h2>', req.params.slug);
  res.send(heading + '<ul class="posts"></ul>');
});

app.post('/newsletter', express.urlencoded({ extended: false }), function (req, res) {
  // expect: xss
  res.send(`<div class="thanks">Thanks, ${req.body.name}! We sent a confirmation mail.</div>`);
});

app.get('/profile', function (req, res) {
  res.send('<p class="hello">Hello ' + escapeHtml(req.query.name || 'guest') + '</p>');
});

app.get('/archive', function (req, res) {
  res.render('archive', { year: req.query.year });
});

app.get('/ping', function (req, res) {
  res.type('text/plain').send(`pong from ${req.hostname}`);
});

module.exports = app;
