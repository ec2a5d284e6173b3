// library: Express / escape-html
const express = require('express');
const escapeHtml = require('escape-html');

const router = express.Router();

router.get('/search', (req, res) => {
  const q = req.query.q || '';
  // expect: xss
  res.send(`<h1>Results for ${q}</h1>`);
});

router.get('/search/safe', (req, res) => {
  const q = req.query.q || '';
  res.send(`<h1>Results for ${escapeHtml(q)}</h1>`);
});

router.get('/search/json', (req, res) => {
  res.json({ q: req.query.q || '', results: [] });
});

router.get('/search/page', (req, res) => {
  res.render('search', { q: req.query.q || '' });
});

router.get('/hello/:name', (req, res) => {
  // expect: xss
  res.write('<p>Hello ' + req.params.name + '</p>');
  res.end();
});

router.get('/hello-text/:name', (req, res) => {
  res.type('text/plain').send('Hello ' + req.params.name);
});

router.post('/feedback', (req, res) => {
  const { message } = req.body;
  // expect: xss
  res.status(400).send('<div class="error">Could not save: ' + message + '</div>');
});

module.exports = router;
