'use strict';

const crypto = require('crypto');
const express = require('express');
const jwt = require('jsonwebtoken');
const { getParam } = require('../helpers/params');

const router = express.Router();
const THEMES = ['light', 'dark'];

router.post('/login', express.urlencoded({ extended: false }), (req, res) => {
  // expect: weak-random
  res.cookie('sid', Math.random().toString(36).substring(2), { httpOnly: true, secure: true });
  res.redirect('/');
});

router.post('/login/v2', express.urlencoded({ extended: false }), (req, res) => {
  res.cookie('sid', crypto.randomBytes(24).toString('hex'), { httpOnly: true, secure: true, sameSite: 'lax' });
  res.redirect('/');
});

router.get('/theme', (req, res) => {
  const theme = getParam(req, 'theme', 'light');
  res.cookie('theme', THEMES.includes(theme) ? theme : 'light', { sameSite: 'lax' });
  res.json({ ok: true });
});

router.get('/role', (req, res) => {
  let role = req.query.role;
  if (!role) role = 'viewer';
  // expect: trust-boundary-violation
  req.session.role = role;
  res.json({ ok: true });
});

router.get('/visits', (req, res) => {
  req.session.visits = (req.session.visits || 0) + 1;
  res.json({ visits: req.session.visits });
});

router.get('/impersonate', (req, res) => {
  const user = getParam(req, 'user');
  // expect: hardcoded-secret
  const token = jwt.sign({ sub: user, imp: true }, 'impersonation-secret', { expiresIn: '5m' });
  res.json({ token });
});

router.get('/pref', (req, res) => {
  const name = getParam(req, 'name', 'pref');
  // expect: insecure-cookie
  res.cookie(name, getParam(req, 'value'), { secure: false });
  res.json({ ok: true });
});

module.exports = router;
