// library: express (HTML assembled with string formatting)
const express = require('express');
const util = require('util');
const escapeHtml = require('escape-html');

const router = express.Router();

router.get('/search', (req, res) => {
  const q = req.query.q || '';
  // expect: xss
  res.send('<!doctype html><h2>Results for ' + q + '</h2><ul></ul>');
});

router.get('/orders/:id/notice', (req, res) => {
  res.set('Content-Type', 'text/html');
  // expect: xss
  res.send(util.format('<div class="notice">Order %s: %s</div>', req.params.id, req.query.msg));
});

router.get('/hello', (req, res) => {
  const name = escapeHtml(req.query.name || 'guest');
  res.send('<p>Hello ' + name + '</p>');
});

router.get('/items', async (req, res) => {
  const items = await req.app.locals.db.listItems();
  const rows = items.map((i) => `<li>${escapeHtml(i.title)}</li>`).join('');
  res.send(`<ul>${rows}</ul>`);
});

router.get('/error', (req, res) => {
  // expect: xss
  res.status(400).send(`<p class="error">Unknown filter: ${req.query.filter}</p>`);
});

router.get('/echo', (req, res) => {
  res.type('text/plain').send(`You sent: ${req.query.value}`);
});

module.exports = router;
