const express = require('express');
const passport = require('passport');

const app = express();
app.use(express.urlencoded({ extended: false }));

const ALLOWED_HOSTS = new Set(['app.example.com', 'docs.example.com']);

app.get('/login/callback', passport.authenticate('oidc', { failureRedirect: '/login' }), function (req, res) {
  // expect: open-redirect
  res.redirect(req.query.next);
});

app.post('/logout', function logout(req, res) {
  req.session.destroy(() => {
    // expect: open-redirect
    res.redirect(`${req.body.returnTo}?signedOut=1`);
  });
});

app.get('/go/:tenant', function (req, res) {
  // expect: open-redirect
  res.redirect('https://' + req.params.tenant + '.example.com/welcome');
});

app.get('/sso/continue', function (req, res) {
  const target = req.query['continue'];
  if (!target) return res.redirect('/');
  // expect: open-redirect
  res.redirect(target);
});

app.get('/share', function (req, res, next) {
  const dest = req.headers.referer + '#shared';
  // expect: open-redirect
  res.redirect(302, dest);
});

// Safe look-alikes: a fixed path, an encoded path segment under our own prefix,
// and a URL whose host is checked against an allowlist.
app.get('/home', (req, res) => res.redirect('/dashboard'));

app.get('/users/:id/open', (req, res) => {
  res.redirect('/users/' + encodeURIComponent(req.params.id));
});

app.get('/docs', (req, res) => {
  let url;
  try {
    url = new URL(String(req.query.to), 'https://docs.example.com');
  } catch {
    return res.redirect('/docs/index');
  }
  if (url.protocol !== 'https:' || !ALLOWED_HOSTS.has(url.hostname)) return res.redirect('/docs/index');
  res.redirect(url.toString());
});

module.exports = app;
