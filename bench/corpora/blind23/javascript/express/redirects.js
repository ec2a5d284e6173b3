// express: login and outbound-link redirects
const express = require('express');
const { URL } = require('url');

const router = express.Router();
const ALLOWED_HOSTS = new Set(['app.example.com', 'docs.example.com']);

router.get('/login/done', (req, res) => {
  const next = req.query.next;
  // expect: open-redirect
  res.redirect(next);
});

router.get('/v2/login/done', (req, res) => {
  const next = String(req.query.next || '/');
  // only same-site paths
  if (next.startsWith('/') && !next.startsWith('//')) {
    return res.redirect(next);
  }
  res.redirect('/');
});

router.get('/out', (req, res) => {
  let target;
  try {
    target = new URL(String(req.query.to));
  } catch (e) {
    return res.redirect('/');
  }
  if (!ALLOWED_HOSTS.has(target.hostname)) return res.redirect('/');
  res.redirect(302, target.toString());
});

router.get('/go', (req, res) => {
  const { dest } = req.query;
  // expect: open-redirect
  res.location(dest).status(302).end();
});

router.post('/logout', (req, res) => {
  const back = req.body.returnTo || req.get('referer');
  // expect: open-redirect
  res.redirect(303, back);
});

router.get('/docs/:page', (req, res) => {
  res.redirect(`https://docs.example.com/${encodeURIComponent(req.params.page)}`);
});

router.get('/legacy', (req, res) => {
  res.writeHead(301, { Location: '/home' });
  res.end();
});

module.exports = router;
