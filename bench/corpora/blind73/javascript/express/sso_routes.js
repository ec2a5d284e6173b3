'use strict';

const express = require('express');
const { issueCode, verifyLogin } = require('../services/sso');

const router = express.Router();

const RETURN_PATHS = { billing: '/account/billing', profile: '/account/profile', home: '/' };

router.get('/login/callback', async (req, res) => {
  const next = req.query.next;
  await verifyLogin(req);
  // expect: open-redirect
  res.redirect(next);
});

router.post('/oauth/authorize', async (req, res) => {
  const target = req.body.redirect_uri;
  const code = await issueCode(req.user, req.body.client_id);
  // expect: open-redirect
  res.redirect(302, target + '?code=' + encodeURIComponent(code));
});

router.get('/go/:slug', (req, res) => {
  let dest = req.params.slug;
  dest = dest.trim();
  // expect: open-redirect
  return res.redirect('/' + dest);
});

router.get('/resume', (req, res) => {
  const url = req.cookies.last_page;
  // expect: open-redirect
  res.redirect(decodeURIComponent(url));
});

router.get('/continue', function (req, res) {
  const query = req.query;
  const to = query.continue;
  // expect: open-redirect
  res.redirect(301, `${to}`);
});

// Relative paths only (no scheme, no protocol-relative "//"), or a fixed page.
router.get('/logout', (req, res) => {
  const back = String(req.query.back || '/');
  const safe = back.startsWith('/') && !back.startsWith('//') && !back.startsWith('/\\') ? back : '/';
  req.session = null;
  res.redirect(safe);
});

router.get('/after-save', (req, res) => {
  const section = req.query.section;
  res.redirect(RETURN_PATHS[section] || RETURN_PATHS.home);
});

router.get('/signin', (req, res) => res.redirect('/login'));

module.exports = router;
