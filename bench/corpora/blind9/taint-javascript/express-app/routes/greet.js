// library: Express (res.send / res.write of request data)
const escapeHtml = require('escape-html');
const express = require('express');

const router = express.Router();

router.get('/hello', (req, res) => {
  // expect: xss
  res.send(`<h1>Hello ${req.query.name}</h1>`);
});

router.get('/hello-safe', (req, res) => {
  res.send(`<h1>Hello ${escapeHtml(req.query.name)}</h1>`);
});

router.post('/preview', express.urlencoded({ extended: false }), (req, res) => {
  res.set('Content-Type', 'text/html');
  // expect: xss
  res.write('<div class="preview">' + req.body.comment + '</div>');
  res.end();
});

router.get('/users/:name', (req, res) => {
  // expect: xss
  res.status(404).send('<p>No user called ' + req.params.name + '</p>');
});

router.get('/api/hello', (req, res) => {
  res.json({ greeting: `Hello ${req.query.name}` });
});

router.get('/plain', (req, res) => {
  res.type('text/plain').send(`You searched for ${req.query.q}`);
});

router.get('/card', (req, res) => {
  res.render('card', { name: req.query.name });
});

module.exports = router;
