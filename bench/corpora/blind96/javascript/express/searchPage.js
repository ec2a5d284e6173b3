'use strict';

const express = require('express');
const escapeHtml = require('escape-html');

const app = express();

app.get('/search', function (req, res) {
  const q = req.query.q || '';
  // expect: xss
  res.send('<h1>Results for ' + q + '</h1>');
});

app.get('/hello/:name', function greet(req, res) {
  // expect: xss
  res.send(`<p>Hello, ${req.params.name}!</p>`);
});

app.post('/feedback', function (req, res) {
  res.set('Content-Type', 'text/html');
  // expect: xss
  res.write('<div class="thanks">Thanks, ' + req.body.name + '</div>');
  res.end();
});

const notFound = function notFound(req, res, next) {
  // expect: xss
  res.status(404).send(`<p>No page named ${req.query.page}</p>`);
};

// Safe look-alikes: escaped values, JSON, literal strings and a rendered view.
app.get('/search/safe', function (req, res) {
  res.send('<h1>Results for ' + escapeHtml(req.query.q || '') + '</h1>');
});

app.get('/api/search', function (req, res) {
  res.json({ q: req.query.q, results: [] });
});

app.get('/ping', function (req, res) {
  res.send('pong');
});

app.get('/profile', function (req, res) {
  res.render('profile', { name: req.query.name });
});

app.use(notFound);

module.exports = app;
