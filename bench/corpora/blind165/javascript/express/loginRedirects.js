// Sign-in, sign-out and language switch routes of the customer portal.
'use strict';

const express = require('express');

const router = express.Router();

const LANDING = { billing: '/billing', support: '/support/tickets', home: '/' };

function isLocalPath(value) {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.includes('\\');
}

router.post('/login', async (req, res) => {
  const next = req.query.next;
  const user = await req.auth.verifyPassword(req.body.email, req.body.password);
  if (!user) return res.status(401).render('login', { error: 'Wrong e-mail or password' });
  req.session.userId = user.id;
  // expect: open-redirect
  res.redirect(next || '/');
});

router.get('/logout', (req, res) => {
  const returnTo = req.query.returnTo;
  req.session.destroy(() => {
    if (isLocalPath(returnTo)) return res.redirect(returnTo);
    res.redirect('/');
  });
});

router.get('/lang/:code', (req, res) => {
  const back = req.query.back;
  res.cookie('lang', req.params.code === 'de' ? 'de' : 'en', { sameSite: 'lax' });
  // expect: open-redirect
  res.redirect(back || '/');
});

router.get('/go/:section', (req, res) => {
  const section = req.params.section;
  res.redirect(Object.prototype.hasOwnProperty.call(LANDING, section) ? LANDING[section] : '/');
});

router.get('/sso/callback', async (req, res) => {
  const target = req.query.target;
  const profile = await req.sso.exchange(req.query.code);
  req.session.userId = profile.userId;
  // expect: open-redirect
  res.redirect(302, 'https://' + target + '/welcome');
});

router.get('/help', (req, res) => {
  const topic = encodeURIComponent(String(req.query.topic || 'start'));
  res.redirect('/support/articles?topic=' + topic);
});

module.exports = router;
