// library: Express (cookies, session)
const express = require('express');
const crypto = require('crypto');

const router = express.Router();

router.post('/account/remember', (req, res) => {
  res.cookie('remember', crypto.randomBytes(24).toString('hex'), { httpOnly: true, secure: true, sameSite: 'lax' });
  res.sendStatus(204);
});

router.post('/account/remember-legacy', (req, res) => {
  // expect: insecure-random
  res.cookie('remember', Math.random().toString(36).substring(2), { httpOnly: true, secure: true });
  res.sendStatus(204);
});

router.post('/account/pref', (req, res) => {
  const { name, value } = req.body;
  // expect: insecure-cookie
  res.cookie(name, value, { secure: false });
  res.sendStatus(204);
});

router.post('/account/theme', (req, res) => {
  const theme = ['light', 'dark'].includes(req.body.theme) ? req.body.theme : 'light';
  req.session.theme = theme;
  res.sendStatus(204);
});

router.post('/account/role', (req, res) => {
  // expect: mass-assignment
  Object.assign(req.session.user, req.body);
  res.json(req.session.user);
});

router.get('/account/greeting', (req, res) => {
  res.json({ greeting: `Hello ${req.session.user ? req.session.user.name : 'guest'}` });
});

module.exports = router;
