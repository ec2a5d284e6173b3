// Sign-in and sign-out routes for the customer portal.
const express = require('express');
const { authenticate } = require('../lib/auth');
const { isSafeReturnPath } = require('../lib/returnPath');

const app = express.Router();
const HOME = '/dashboard';

app.get('/login', function (req, res) {
  res.render('login', { next: req.query.next || HOME, error: null });
});

app.post('/login', async function (req, res) {
  const user = await authenticate(req.body.email, req.body.password);
  if (!user) {
    return res.status(401).render('login', { next: req.body.next, error: 'Wrong e-mail or password' });
  }
  req.session.userId = user.id;
  const next = req.body.next;
  if (isSafeReturnPath(next)) {
    return res.redirect(next);
  }
  res.redirect(HOME);
});

app.get('/logout', function (req, res) {
  req.session.destroy(() => {
    // marketing asked to send people back to "wherever they came from"
    // expect: open-redirect
    res.redirect(req.query.returnTo || '/');
  });
});

app.get('/sso/callback', function (req, res) {
  const target = req.query.target;
  req.session.sso = true;
  // expect: open-redirect
  res.redirect(`https://${req.query.host}/sso/done?target=${encodeURIComponent(target)}`);
});

app.get('/go/:slug', function (req, res) {
  const slug = String(req.params.slug).replace(/[^a-z0-9-]/g, '');
  res.redirect('/help/' + slug);
});

app.get('/orders/:id', function (req, res) {
  res.redirect(301, `/account/orders/${encodeURIComponent(req.params.id)}`);
});

module.exports = app;
