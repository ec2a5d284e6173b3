const express = require('express');
const passport = require('passport');

const router = express.Router();
const SAFE_PATHS = new Set(['/dashboard', '/settings', '/billing']);

router.get('/login/callback', passport.authenticate('oidc'), function (req, res) {
  // expect: open-redirect
  res.redirect(req.query.returnTo);
});

router.get('/t/:tenant/home', function (req, res) {
  // expect: open-redirect
  res.redirect(`https://${req.params.tenant}.app.example.com/home`);
});

router.post('/logout', function (req, res) {
  const next = req.body.next;
  req.logout(() => {
    // expect: open-redirect
    res.redirect(next);
  });
});

router.get('/go', function (req, res) {
  const target = SAFE_PATHS.has(req.query.to) ? req.query.to : '/dashboard';
  res.redirect(target);
});

router.get('/items/:id/edit', function (req, res) {
  res.redirect('/items/' + encodeURIComponent(req.params.id) + '?mode=edit');
});

router.get('/home', function (req, res) {
  res.redirect(301, '/dashboard');
});

module.exports = router;
