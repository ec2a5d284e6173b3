const express = require('express');
const escapeHtml = require('escape-html');

const router = express.Router();
const DEFAULT_AFTER_LOGIN = '/account';

router.get('/welcome', (req, res) => {
  let name = req.query.name;
  if (!name) name = 'guest';
  // expect: xss
  res.send('<h2>Welcome, ' + name + '</h2>');
});

router.get('/welcome-safe', (req, res) => {
  let name = req.query.name;
  if (!name) name = 'guest';
  res.send('<h2>Welcome, ' + escapeHtml(name) + '</h2>');
});

router.get('/after-login', (req, res) => {
  const returnTo = req.query.returnTo ? String(req.query.returnTo) : DEFAULT_AFTER_LOGIN;
  // expect: open-redirect
  res.redirect(302, returnTo);
});

router.get('/after-login-safe', (req, res) => {
  const returnTo = String(req.query.returnTo || DEFAULT_AFTER_LOGIN);
  const url = new URL(returnTo, 'https://shop.example.com');
  if (url.origin !== 'https://shop.example.com') return res.redirect(DEFAULT_AFTER_LOGIN);
  res.redirect(url.pathname + url.search);
});

router.get('/download-name', (req, res) => {
  // expect: header-injection
  res.setHeader('Content-Disposition', `attachment; filename="${req.query.file}"`);
  res.send('...');
});

router.post('/preferences', (req, res) => {
  const prefs = {};
  for (const [key, value] of Object.entries(req.body)) {
    const [section, field] = key.split('.');
    prefs[section] = prefs[section] || {};
    // expect: prototype-pollution
    prefs[section][field] = value;
  }
  res.json(prefs);
});

router.get('/calc', (req, res) => {
  const expr = req.query.expr || '0';
  // expect: code-injection
  res.json({ value: eval(expr) });
});

router.get('/calc-safe', (req, res) => {
  const a = Number(req.query.a), b = Number(req.query.b);
  res.json({ value: a + b });
});

module.exports = router;
