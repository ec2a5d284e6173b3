// express: HTML pages rendered by hand and with the view engine
const express = require('express');
const escapeHtml = require('escape-html');

const app = express();
app.set('view engine', 'ejs');

app.get('/hello', (req, res) => {
  const name = req.query.name;
  // expect: xss
  res.send('<h1>Hello ' + name + '</h1>');
});

app.get('/v2/hello', (req, res) => {
  const name = escapeHtml(req.query.name || 'guest');
  res.send('<h1>Hello ' + name + '</h1>');
});

app.get('/search', (req, res) => {
  const q = req.query.q || '';
  res.set('Content-Type', 'text/html');
  // expect: xss
  res.write(`<p>No results for <b>${q}</b></p>`);
  res.end();
});

app.get('/search.txt', (req, res) => {
  res.type('text/plain').send(`No results for ${req.query.q}`);
});

app.get('/page/:view', (req, res) => {
  // expect: template-injection
  res.render(req.params.view, { user: req.user });
});

app.get('/help/:topic', (req, res) => {
  const topics = { billing: 'help/billing', account: 'help/account' };
  const view = topics[req.params.topic] || 'help/index';
  res.render(view, { topic: req.params.topic });
});

app.get('/status', (req, res) => {
  res.json({ ok: true, echo: req.query.msg });
});

app.use((err, req, res, next) => {
  // expect: xss
  res.status(500).send(`<pre>Error in ${req.originalUrl}: ${err.message}</pre>`);
});

module.exports = app;
