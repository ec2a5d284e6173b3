'use strict';

const express = require('express');

const router = express.Router();

function safeReturnTo(value) {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return '/';
  }
  return value;
}

router.get('/login/callback', function callback(req, res) {
  // expect: open-redirect
  res.redirect(req.query.next);
});

router.post('/logout', function logout(req, res) {
  req.session.destroy(() => {
    // expect: open-redirect
    res.redirect(`${req.body.returnTo}?signedOut=1`);
  });
});

router.get('/switch-region', function switchRegion(req, res) {
  // expect: open-redirect
  res.redirect('https://' + req.query.region + '.example.com/home');
});

router.get('/continue', function resume(req, res) {
  const dest = req.cookies.returnTo;
  // expect: open-redirect
  res.redirect(302, dest);
});

router.get('/go', (req, res) => {
  const { to } = req.query;
  // expect: open-redirect
  return res.redirect(String(to));
});

router.get('/login/done', function done(req, res) {
  res.redirect(safeReturnTo(req.query.next));
});

router.get('/items/:id', function item(req, res) {
  res.redirect('/catalog/items/' + encodeURIComponent(req.params.id));
});

router.get('/home', function home(req, res) {
  res.redirect('/dashboard');
});

module.exports = router;
