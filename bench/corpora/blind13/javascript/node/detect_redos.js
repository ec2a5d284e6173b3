// library: JavaScript RegExp (catastrophic backtracking on request input)
const express = require('express');
const validator = require('validator');

const router = express.Router();

// expect: redos
const EMAIL_RE = /^([a-zA-Z0-9_.+-]+)*@([a-zA-Z0-9-]+\.)+[a-zA-Z]{2,}$/;
const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// expect: redos
const TAG_LIST_RE = /^(\s*\w+\s*,?)+$/;
const ISO_DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

router.post('/signup', express.json(), (req, res) => {
  if (!EMAIL_RE.test(req.body.email)) return res.status(400).json({ error: 'email' });
  res.sendStatus(201);
});

router.post('/signup/v2', express.json(), (req, res) => {
  if (!validator.isEmail(String(req.body.email).slice(0, 254))) return res.status(400).json({ error: 'email' });
  res.sendStatus(201);
});

router.get('/posts/:slug', (req, res) => {
  if (!SLUG_RE.test(req.params.slug) || !ISO_DATE_RE.test(req.query.since || '1970-01-01')) return res.sendStatus(404);
  res.json({ slug: req.params.slug });
});

router.get('/tags', (req, res) => {
  const ok = TAG_LIST_RE.test(req.query.tags);
  res.json({ ok });
});

router.get('/path', (req, res) => {
  const match = /^(\/[\w-]+)*\/?$/.test(req.query.p);
  res.json({ match });
});

router.get('/title', (req, res) => {
  // expect: redos
  const valid = /^(\w+\s?)*$/.test(req.query.title);
  res.json({ valid });
});

module.exports = router;
