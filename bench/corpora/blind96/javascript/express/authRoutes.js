'use strict';

const express = require('express');
const passport = require('passport');

const router = express.Router();

router.get('/login/done', function (req, res) {
  const returnTo = req.query.returnTo;
  // expect: open-redirect
  res.redirect(returnTo || '/');
});

router.post('/login', passport.authenticate('local'), function (req, res) {
  const next = req.body.next;
  // expect: open-redirect
  res.redirect(303, next);
});

router.get('/sso/callback', function (req, res) {
  const target = req.cookies.postLoginUrl;
  // expect: open-redirect
  return res.redirect(`${target}?welcome=1`);
});

router.get('/out', (req, res) => {
  const { redirect_uri: dest } = req.query;
  // expect: open-redirect
  res.redirect(dest);
});

// Safe look-alikes: a fixed path, a relative path checked to start with one slash, and a lookup table.
router.get('/logout', function (req, res) {
  req.logout(() => res.redirect('/'));
});

router.get('/back', function (req, res) {
  const back = String(req.query.back || '/');
  const safe = back.startsWith('/') && !back.startsWith('//') ? back : '/';
  res.redirect(safe);
});

const PARTNERS = { docs: 'https://docs.example.com', status: 'https://status.example.com' };
router.get('/go/:partner', function (req, res) {
  res.redirect(Object.hasOwn(PARTNERS, req.params.partner) ? PARTNERS[req.params.partner] : '/');
});

module.exports = router;
