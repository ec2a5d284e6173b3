'use strict';

// Login/logout flows that send the browser back where it came from.
const express = require('express');
const router = express.Router();

const SAFE_PATHS = new Set(['/', '/dashboard', '/settings']);

router.get('/login/done', function (req, res) {
  // expect: open-redirect
  res.redirect(req.query.next);
});

router.post('/logout', function (req, res) {
  req.session = null;
  const returnTo = req.body.returnTo;
  // expect: open-redirect
  res.redirect(returnTo);
});

router.get('/sso/:tenant', function (req, res) {
  // expect: open-redirect
  res.redirect(`https://${req.params.tenant}/oauth/authorize?client_id=${process.env.CLIENT_ID}`);
});

router.get('/go', function handleGo(req, res) {
  // expect: open-redirect
  res.redirect('https://' + req.query.host + '/landing');
});

router.get('/back', function (req, res) {
  // expect: open-redirect
  res.redirect(req.headers['referer'] + '#restored');
});

// Safe look-alikes: a fixed path, an allowlisted path, and a same-origin check.
router.get('/login', function (req, res) {
  res.redirect('/auth/start');
});

router.get('/continue', function (req, res) {
  const next = String(req.query.next || '/');
  res.redirect(SAFE_PATHS.has(next) ? next : '/');
});

router.get('/return', function (req, res) {
  const base = 'https://app.example.com';
  const target = new URL(String(req.query.to || '/'), base);
  if (target.origin !== base) return res.redirect('/');
  res.redirect(target.pathname + target.search);
});

module.exports = router;
