const express = require('express');
const { URL } = require('url');

const router = express.Router();
const APP_ORIGIN = process.env.APP_ORIGIN || 'https://app.example.com';
const LEGACY_REDIRECTS = false;

function sameOrigin(target) {
  try {
    const url = new URL(target, APP_ORIGIN);
    return url.origin === APP_ORIGIN ? url.pathname + url.search : null;
  } catch (e) {
    return null;
  }
}

router.post('/login', (req, res) => {
  req.session.userId = 'u_' + Date.now();
  const next = sameOrigin(res.locals.returnTo || req.body.next || '/') || '/';
  res.redirect(303, next);
});

router.get('/lang', (req, res) => {
  let lang = req.query.lang;
  if (!['en', 'de', 'fr'].includes(lang)) {
    lang = 'en';
  }
  res.cookie('lang', lang, { httpOnly: true, sameSite: 'lax' });
  res.set('Content-Language', lang);
  res.redirect('back');
});

router.get('/whoami', (req, res) => {
  res.set('X-Tenant', encodeURIComponent(req.tenant.slug));
  res.json({ tenant: req.tenant.slug, user: req.session.userId || null });
});

router.get('/switch', (req, res) => {
  const dest = req.query.to;
  if (!dest) {
    return res.redirect('/');
  }
  // expect: open-redirect
  res.redirect(`${dest}/dashboard`);
});

router.get('/legacy', (req, res) => {
  let dest = '/account';
  if (LEGACY_REDIRECTS) {
    dest = req.query.to;
  }
  res.redirect(dest);
});

module.exports = router;
