// library: Express (res.send / res.write with request data)
const express = require('express');
const escapeHtml = require('escape-html');

const router = express.Router();

router.get('/search', (req, res) => {
  // expect: xss
  res.send(`<h1>Results for ${req.query.q}</h1>`);
});

router.get('/search-safe', (req, res) => {
  res.send(`<h1>Results for ${escapeHtml(req.query.q || '')}</h1>`);
});

router.get('/hello/:name', (req, res) => {
  res.write('<html><body>');
  // expect: xss
  res.write('<p>Hello ' + req.params.name + '</p>');
  res.end('</body></html>');
});

router.get('/echo', (req, res) => {
  res.type('text/plain').send(req.query.msg || '');
});

router.get('/api/echo', (req, res) => {
  res.json({ msg: req.query.msg });
});

router.post('/feedback', (req, res) => {
  // expect: xss
  res.status(400).send('<p>Invalid email: ' + req.body.email + '</p>');
});

module.exports = router;
