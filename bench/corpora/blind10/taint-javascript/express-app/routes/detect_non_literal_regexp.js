// library: Express (RegExp built from request data)
const express = require('express');
const escapeStringRegexp = require('escape-string-regexp');

const router = express.Router();

router.get('/filter', (req, res) => {
  // expect: redos
  const re = new RegExp(req.query.pattern, 'i');
  res.json(req.app.locals.names.filter((n) => re.test(n)));
});

router.get('/filter-safe', (req, res) => {
  const re = new RegExp(escapeStringRegexp(String(req.query.term || '')), 'i');
  res.json(req.app.locals.names.filter((n) => re.test(n)));
});

router.get('/highlight', (req, res) => {
  // expect: redos
  const out = req.app.locals.text.replace(new RegExp('(' + req.query.word + ')+', 'g'), '<mark>$1</mark>');
  res.type('text/plain').send(out);
});

router.get('/prefix', (req, res) => {
  const prefix = String(req.query.prefix || '');
  res.json(req.app.locals.names.filter((n) => n.startsWith(prefix)));
});

module.exports = router;
