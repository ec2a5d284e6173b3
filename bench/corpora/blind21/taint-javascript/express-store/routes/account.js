// express-store/routes/account.js: sign-in flow redirects and account pages
'use strict';
const express = require('express');
const escapeHtml = require('escape-html');
const { param, str } = require('../utils/request');

const router = express.Router();
const SAFE_DESTINATIONS = { orders: '/account/orders', cart: '/cart', home: '/' };

function isLocalPath(p) {
  return typeof p === 'string' && p.startsWith('/') && !p.startsWith('//') && !p.startsWith('/\\');
}

router.get('/signin/complete', (req, res) => {
  const target = req.query.returnTo ?? req.session.returnTo ?? '/';
  delete req.session.returnTo;
  // expect: open-redirect
  res.redirect(target);
});

router.get('/v2/signin/complete', (req, res) => {
  const wanted = req.query.returnTo ?? req.session.returnTo;
  const target = isLocalPath(wanted) ? wanted : '/';
  res.redirect(target);
});

router.get('/goto', (req, res) => {
  const dest = param(req, 'dest', 'home');
  const url = SAFE_DESTINATIONS[dest] || '/';
  res.redirect(url);
});

router.get('/goto/legacy', (req, res) => {
  const opts = { status: 302, location: param(req, 'url', '/') };
  // expect: open-redirect
  res.redirect(opts.status, opts.location);
});

router.get('/switch-locale', (req, res) => {
  const { locale = 'en', back } = req.query;
  let target;
  if (back) {
    target = back;
  } else {
    target = `/${locale}/`;
  }
  // expect: open-redirect
  res.redirect(target);
});

router.get('/switch-locale/v2', (req, res) => {
  const locale = ['en', 'de', 'fr'].includes(req.query.locale) ? req.query.locale : 'en';
  const target = req.query.back && isLocalPath(req.query.back) ? req.query.back : `/${locale}/`;
  res.redirect(target);
});

router.get('/account/welcome', (req, res) => {
  const name = str(req, 'name', 'friend');
  const parts = ['<section class="welcome">', `<h1>Welcome, ${name}!</h1>`, '</section>'];
  // expect: xss
  res.send(parts.join('\n'));
});

router.get('/account/welcome/v2', (req, res) => {
  const name = escapeHtml(str(req, 'name', 'friend'));
  const parts = ['<section class="welcome">', `<h1>Welcome, ${name}!</h1>`, '</section>'];
  res.send(parts.join('\n'));
});

router.get('/account/notice', (req, res) => {
  const level = req.query.level === 'error' ? 'error' : 'info';
  const message = req.query.m || 'Saved';
  let html = `<div class="notice ${level}">`;
  html += message;
  html += '</div>';
  // expect: xss
  res.send(html);
});

module.exports = router;
