const express = require('express');
const { URL } = require('url');
const passport = require('passport');

const router = express.Router();
const APP_ORIGIN = process.env.APP_ORIGIN || 'https://app.example.com';
const ALLOWED_HOSTS = new Set(['app.example.com', 'docs.example.com']);

function safeLocalPath(p) {
  return typeof p === 'string' && p.startsWith('/') && !p.startsWith('//') && !p.includes('\\');
}

router.post('/login', passport.authenticate('local'), (req, res) => {
  const next = req.body.next;
  if (safeLocalPath(next)) {
    return res.redirect(next);
  }
  res.redirect('/dashboard');
});

router.get('/logout', (req, res) => {
  const returnTo = req.query.returnTo;
  req.logout(() => {
    // expect: open-redirect
    res.redirect(returnTo);
  });
});

router.get('/sso/callback', (req, res) => {
  const target = req.cookies.sso_target;
  // expect: open-redirect
  res.redirect(302, target || '/');
});

router.get('/go', (req, res) => {
  const dest = req.query.to;
  let host;
  try {
    host = new URL(dest, APP_ORIGIN).hostname;
  } catch (e) {
    return res.redirect('/');
  }
  if (!ALLOWED_HOSTS.has(host)) return res.redirect('/');
  res.redirect(new URL(dest, APP_ORIGIN).toString());
});

router.get('/lang/:code', (req, res) => {
  const back = req.headers.referer;
  res.cookie('lang', req.params.code.slice(0, 5));
  // expect: open-redirect
  res.redirect(back + '?lang=' + encodeURIComponent(req.params.code));
});

router.get('/home', (req, res) => {
  res.redirect(APP_ORIGIN + '/home');
});

module.exports = router;
