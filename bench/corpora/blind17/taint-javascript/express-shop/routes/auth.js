// library: express (post-login redirects)
const express = require('express');
const { getParam, isLocalPath } = require('../lib/params');

const router = express.Router();

router.get('/login/callback', (req, res) => {
  const next = req.query.next ?? '/';
  // expect: open-redirect
  res.redirect(next);
});

router.get('/sso/return', (req, res) => {
  const dest = req.query.sso ? req.query.sso : '/login';
  // expect: open-redirect
  res.redirect(302, dest);
});

router.get('/logout', (req, res) => {
  let target;
  if (req.query.to === 'billing') target = '/billing';
  else target = '/';
  res.redirect(target);
});

router.get('/login/callback-safe', (req, res) => {
  const back = getParam(req, 'back', '/');
  res.redirect(isLocalPath(back) ? back : '/');
});

router.get('/docs', (req, res) => {
  res.redirect(`/docs/${encodeURIComponent(getParam(req, 'page', 'index'))}`);
});

module.exports = router;
