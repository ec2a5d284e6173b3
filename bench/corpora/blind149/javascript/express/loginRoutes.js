'use strict';

const express = require('express');
const passport = require('passport');
const { URL } = require('url');

const app = express.Router();
const ALLOWED_HOSTS = new Set(['app.example.com', 'help.example.com']);

function isLocalPath(p) {
  return typeof p === 'string' && p.startsWith('/') && !p.startsWith('//');
}

app.post('/login', passport.authenticate('local'), function afterLogin(req, res) {
  // expect: open-redirect
  res.redirect(req.body.next);
});

app.get('/switch-region', function switchRegion(req, res) {
  // expect: open-redirect
  res.redirect('https://' + req.query.region + '/dashboard');
});

app.get('/logout', function logout(req, res) {
  req.logout(() => {
    const returnTo = req.query.returnTo;
    // expect: open-redirect
    res.redirect(returnTo);
  });
});

// Safe look-alikes: local paths only, an allowlisted host, a literal destination.
app.get('/continue', function cont(req, res) {
  const next = req.query.next;
  res.redirect(isLocalPath(next) ? next : '/home');
});

app.get('/help', function help(req, res) {
  let target;
  try {
    target = new URL(String(req.query.to));
  } catch (e) {
    return res.redirect('/help');
  }
  if (target.protocol !== 'https:' || !ALLOWED_HOSTS.has(target.hostname)) return res.redirect('/help');
  res.redirect(target.toString());
});

app.get('/home', function home(req, res) {
  res.redirect('/dashboard?tab=' + encodeURIComponent(req.query.tab || 'overview'));
});

module.exports = app;
