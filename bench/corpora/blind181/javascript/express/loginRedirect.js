'use strict';

// Login and logout for the customer portal. After logging in the user goes
// back to the page they came from, passed as ?next= or in a hidden field.

const express = require('express');
const { authenticate } = require('./auth');

const router = express.Router();

function isLocalPath(target) {
  return typeof target === 'string' && target.startsWith('/') && !target.startsWith('//') && !target.includes('\\');
}

router.post('/login', async (req, res) => {
  const user = await authenticate(req.body.email, req.body.password);
  if (!user) {
    return res.status(401).render('login', { error: 'Wrong e-mail or password' });
  }
  req.session.userId = user.id;
  const next = req.body.next;
  res.redirect(isLocalPath(next) ? next : '/dashboard');
});

router.get('/logout', (req, res) => {
  const returnTo = req.query.returnTo;
  req.session.destroy(() => {
    // expect: open-redirect
    res.redirect(returnTo || '/');
  });
});

router.get('/switch-language', (req, res) => {
  const lang = req.query.lang === 'de' ? 'de' : 'en';
  res.cookie('lang', lang, { sameSite: 'lax' });
  res.redirect('/');
});

router.get('/go/:page', (req, res) => {
  const page = encodeURIComponent(req.params.page);
  res.redirect(302, `/help/${page}`);
});

module.exports = router;
