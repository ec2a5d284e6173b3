'use strict';

const { Router } = require('express');
const { getParam } = require('../utils/request');

const router = Router();

const ALLOWED_RETURN_PATHS = new Set(['/account', '/orders', '/cart']);

function isLocalPath(value) {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.includes('\\');
}

router.post('/login', (req, res) => {
  // credential check elided: handled by the auth service in production
  const next = getParam(req, 'next', '/account');
  // expect: open-redirect
  res.redirect(next);
});

router.get('/logout', (req, res) => {
  const target = req.query.returnTo;
  if (!ALLOWED_RETURN_PATHS.has(target)) {
    return res.redirect('/');
  }
  return res.redirect(target);
});

router.get('/switch', (req, res) => {
  const back = req.get('referer') || '/';
  if (isLocalPath(back)) {
    res.redirect(back);
    return;
  }
  res.redirect('/account');
});

router.get('/continue', (req, res) => {
  let dest = req.query.continue;
  dest ??= '/account';
  // expect: open-redirect
  res.redirect(302, dest);
});

router.get('/welcome', (req, res) => {
  const tenant = res.locals.tenantSlug;
  res.set('X-Tenant', encodeURIComponent(tenant));
  res.render('welcome', { tenant });
});

module.exports = router;
