// Express: res.send / res.write / res.end with request data, next to escaped and JSON output
const express = require('express');
const escapeHtml = require('escape-html');

const app = express();
app.use(express.urlencoded({ extended: false }));

app.get('/hello', (req, res) => {
  // expect: xss
  res.send('<h1>Hello ' + req.query.name + '</h1>');
});

app.post('/guestbook', (req, res) => {
  const { comment, author } = req.body;
  res.set('Content-Type', 'text/html');
  res.write('<html><body>');
  // expect: xss
  res.write(`<p><b>${author}</b> wrote: ${comment}</p>`);
  res.end('</body></html>');
});

app.get('/search', (req, res) => {
  const term = req.query.q;
  const heading = '<h2>Results for ' + term + '</h2>';
  // expect: xss
  res.status(200).send(heading);
});

app.get('/hello-safe', (req, res) => {
  res.send('<h1>Hello ' + escapeHtml(String(req.query.name || '')) + '</h1>');
});

app.get('/api/hello', (req, res) => {
  res.json({ greeting: `Hello ${req.query.name}` });
});

app.get('/healthz', (_req, res) => {
  res.send('<p>ok</p>');
});

module.exports = app;
