// library: Express (res.cookie)
const crypto = require('crypto');
const express = require('express');

const router = express.Router();

router.post('/login', express.urlencoded({ extended: false }), async (req, res) => {
  const sid = crypto.randomBytes(32).toString('hex');
  // expect: insecure-cookie
  res.cookie('sid', sid);
  res.redirect('/');
});

router.post('/login-hardened', express.urlencoded({ extended: false }), async (req, res) => {
  const sid = crypto.randomBytes(32).toString('hex');
  res.cookie('sid', sid, { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 8 * 3600 * 1000 });
  res.redirect('/');
});

router.get('/ref', (req, res) => {
  // expect: insecure-cookie
  res.cookie('ref', req.query.code, { httpOnly: false, secure: false });
  res.redirect('/signup');
});

router.get('/theme/:name', (req, res) => {
  const theme = ['light', 'dark'].includes(req.params.name) ? req.params.name : 'light';
  res.cookie('theme', theme, { maxAge: 31536000000, sameSite: 'lax' });
  res.redirect('back');
});

router.post('/remember', (req, res) => {
  // expect: insecure-random
  res.cookie('remember', Math.random().toString(36).slice(2), { httpOnly: true, secure: true });
  res.status(204).end();
});

module.exports = router;
