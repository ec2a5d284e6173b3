// library: Express
const express = require('express');

const router = express.Router();
const ALLOWED = new Set(['/dashboard', '/settings', '/billing']);

router.get('/login/done', (req, res) => {
  const next = req.query.next;
  if (ALLOWED.has(next)) return res.redirect(next);
  return res.redirect('/dashboard');
});

router.get('/logout', (req, res) => {
  req.session.destroy(() => {
    // expect: open-redirect
    res.redirect(req.query.returnTo || '/');
  });
});

router.get('/out', (req, res) => {
  const url = String(req.query.url || '');
  // expect: open-redirect
  res.redirect(302, url);
});

router.get('/go/:slug', (req, res) => {
  res.redirect(`/articles/${encodeURIComponent(req.params.slug)}`);
});

router.get('/track', (req, res) => {
  const dest = req.query.dest;
  try {
    const u = new URL(dest, 'https://www.example.com');
    if (u.origin !== 'https://www.example.com') throw new Error('external');
    return res.redirect(u.pathname + u.search);
  } catch (e) {
    return res.redirect('/');
  }
});

router.get('/legacy-jump', (req, res) => {
  // expect: open-redirect
  res.location(req.query.to).status(301).end();
});

module.exports = router;
