'use strict';

const express = require('express');
const util = require('util');
const escapeHtml = require('escape-html');

const app = express();
app.use(express.urlencoded({ extended: false }));

app.get('/hello', function (req, res) {
  const name = req.query.name || 'stranger';
  // expect: xss
  res.send('<h1>Hello, ' + name + '</h1>');
});

app.post('/feedback', function (req, res) {
  const { email, message } = req.body;
  // expect: xss
  const html = util.format('<p>Thanks %s, we received: %s</p>', email, message);
  res.type('html').send(html);
});

app.get('/search', function handleSearch(req, res) {
  const term = req.query.q;
  // expect: xss
  res.send(`<div class="results"><h2>Results for ${term}</h2></div>`);
});

function errorPage(req, res, next) {
  const back = req.get('referer') || '/';
  // expect: xss
  const body = '<a href="'.concat(back, '">Go back</a>');
  res.status(404).send(body);
}
app.use(errorPage);

// Safe: escaped values and plain text.
app.get('/hello-safe', function (req, res) {
  res.send('<h1>Hello, ' + escapeHtml(req.query.name || '') + '</h1>');
});

app.get('/ping', function (req, res) {
  res.type('text/plain').send(`pong ${req.query.id}`);
});

module.exports = app;
