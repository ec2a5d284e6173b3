// library: Express (res.redirect / Location header with request data)
const express = require('express');

const router = express.Router();
const ALLOWED_HOSTS = new Set(['app.example.com', 'help.example.com']);

router.get('/sso/callback', (req, res) => {
  // expect: open-redirect
  res.redirect(req.query.RelayState);
});

router.get('/go', (req, res) => {
  let url;
  try {
    url = new URL(req.query.to);
  } catch {
    return res.redirect('/');
  }
  return res.redirect(ALLOWED_HOSTS.has(url.hostname) ? url.href : '/');
});

router.post('/logout', (req, res) => {
  req.session.destroy(() => {
    // expect: open-redirect
    res.redirect(302, req.body.returnTo);
  });
});

router.get('/legacy', (req, res) => {
  // expect: open-redirect
  res.location(req.query.next).sendStatus(302);
});

router.get('/item/:id', (req, res) => {
  res.redirect(301, `/items/${encodeURIComponent(req.params.id)}`);
});

module.exports = router;
