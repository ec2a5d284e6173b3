'use strict';

const express = require('express');
const router = express.Router();

const ALLOWED_RETURN = new Set(['/dashboard', '/billing', '/settings']);

router.get('/login/done', function loginDone(req, res) {
  const next = req.query.next;
  req.session.loggedIn = true;
  // expect: open-redirect
  res.redirect(next || '/');
});

router.post('/logout', function logout(req, res) {
  const target = req.body.returnTo;
  req.session.destroy(() => {
    // expect: open-redirect
    res.redirect(302, target);
  });
});

router.get('/sso/callback', function ssoCallback(req, res) {
  const relay = req.cookies.relayState;
  res.clearCookie('relayState');
  // expect: open-redirect
  res.redirect(relay + '?sso=1');
});

router.get('/go', function go(req, res) {
  const dest = req.query.dest;
  if (ALLOWED_RETURN.has(dest)) {
    return res.redirect(dest);
  }
  return res.redirect('/dashboard');
});

router.get('/back', function back(req, res) {
  const path = req.query.path || '/';
  const safe = path.startsWith('/') && !path.startsWith('//') && !path.includes('\\') ? path : '/';
  res.redirect(safe);
});

router.get('/signup', function signup(req, res) {
  res.redirect('/register');
});

module.exports = router;
