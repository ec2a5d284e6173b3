const express = require('express');
const { escape } = require('html-escaper');

const app = express();
const router = express.Router();
const VERSION = process.env.APP_VERSION || 'dev';

app.get('/hello', function hello(req, res) {
  const name = req.query.name || 'world';
  // expect: xss
  res.send('<h1>Hello, ' + name + '!</h1>');
});

app.get('/search', function search(req, res) {
  const q = req.query.q;
  res.set('Content-Type', 'text/html');
  res.write('<!doctype html><html><body>');
  // expect: xss
  res.write(`<p>No results for <em>${q}</em></p>`);
  res.end('</body></html>');
});

function notFound(req, res, next) {
  // expect: xss
  res.status(404).send(`<p>Cannot find ${req.originalUrl}</p>`);
}

router.post('/echo', function echo(req, res) {
  const { message } = req.body;
  const html = '<pre>' + message + '</pre>';
  // expect: xss
  res.send(html);
});

app.get('/healthz', function health(req, res) {
  // Safe: a constant string.
  res.send("ok");
});

app.get('/greet', function greet(req, res) {
  // Safe: the value is escaped before it is written.
  res.send('<p>Hi ' + escape(req.query.name || '') + '</p>');
});

app.get('/version', function version(req, res) {
  // Safe: JSON, not HTML.
  res.json({ version: VERSION });
});

app.use('/api', router);
app.use(notFound);

module.exports = app;
