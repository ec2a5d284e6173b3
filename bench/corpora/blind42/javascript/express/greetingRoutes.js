const express = require('express');
const escapeHtml = require('escape-html');

const app = express();
app.use(express.urlencoded({ extended: true }));

app.get('/hello', function hello(req, res) {
  // expect: xss
  res.send('<h1>Hello ' + req.query.name + '</h1>');
});

app.post('/comment', function comment(req, res) {
  const body = req.body.text;
  res.set('Content-Type', 'text/html');
  // expect: xss
  res.write(`<div class="comment">${body}</div>`);
  res.end();
});

const searchPage = function search(req, res) {
  const q = req.query.q || '';
  let html = '<ul>';
  for (const hit of lookup(q)) {
    html += '<li>' + hit + '</li>';
  }
  html += '</ul><p>Results for ' + q + '</p>';
  // expect: xss
  res.send(html);
};
app.get('/search', searchPage);

function notFound(req, res, next) {
  res.status(404);
  // expect: xss
  res.send(`<p>No page at ${req.originalUrl}</p>`);
}

app.put('/profile/:user', function profile(req, res) {
  // expect: xss
  res.status(200).send('<p>Saved ' + req.params.user + '</p>');
});

function lookup(q) {
  return q ? [q.toUpperCase()] : [];
}

// Safe look-alikes: escaped values, JSON responses, constant bodies.
app.get('/hi', function hi(req, res) {
  res.send('<h1>Hello ' + escapeHtml(req.query.name) + '</h1>');
});

app.get('/api/echo', function echo(req, res) {
  res.json({ name: req.query.name });
});

app.get('/health', function health(req, res) {
  res.send('ok');
});

app.use(notFound);
module.exports = app;
