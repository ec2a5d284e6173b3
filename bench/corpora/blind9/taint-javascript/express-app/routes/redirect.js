// library: Express (res.redirect)
const express = require('express');

const router = express.Router();
const HOSTS = new Set(['docs.example.com', 'status.example.com']);

router.get('/login/callback', (req, res) => {
  // expect: open-redirect
  res.redirect(req.query.returnUrl);
});

router.get('/away', (req, res) => {
  let target;
  try {
    target = new URL(String(req.query.to));
  } catch (e) {
    return res.redirect('/');
  }
  if (target.protocol !== 'https:' || !HOSTS.has(target.hostname)) return res.redirect('/');
  return res.redirect(target.toString());
});

router.post('/switch-account', (req, res) => {
  // expect: open-redirect
  res.redirect(303, req.body.next || '/home');
});

router.get('/back', (req, res) => {
  // expect: open-redirect
  res.redirect(req.get('Referer') || '/');
});

router.get('/p/:id', (req, res) => {
  res.redirect(301, '/products/' + encodeURIComponent(req.params.id));
});

module.exports = router;
