// express: user-facing routes of a small community site (res.send / res.redirect with request data)
'use strict';

const express = require('express');
const escapeHtml = require('escape-html');
const { User } = require('../models');

const router = express.Router();

router.get('/users/:id', async (req, res, next) => {
  try {
    const user = await User.findByPk(req.params.id);
    if (!user) {
      return res.status(404).json({ error: 'not found' });
    }
    res.json({ id: user.id, name: user.displayName, joined: user.createdAt });
  } catch (err) {
    next(err);
  }
});

router.get('/search', async (req, res) => {
  const q = req.query.q || '';
  const users = await User.searchByName(q, { limit: 20 });
  if (users.length === 0) {
    // expect: xss
    return res.send(`<p>No results for <b>${q}</b></p>`);
  }
  res.send(`<p>${users.length} results for <b>${escapeHtml(q)}</b></p>`);
});

router.get('/welcome', (req, res) => {
  const name = req.query.name;
  // expect: xss
  res.status(200).send('<h2>Welcome back, ' + name + '!</h2>');
});

router.get('/greeting', (req, res) => {
  res.type('text/plain').send(`Hello ${req.query.name}`);
});

router.get('/logout', (req, res) => {
  req.session = null;
  const next = req.query.next;
  // expect: open-redirect
  res.redirect(next || '/');
});

router.get('/login/done', (req, res) => {
  const returnTo = String(req.query.returnTo || '/');
  if (returnTo.startsWith('/') && !returnTo.startsWith('//')) {
    return res.redirect(returnTo);
  }
  res.redirect('/');
});

router.get('/u/:handle', (req, res) => {
  res.redirect(301, `/users/by-handle/${encodeURIComponent(req.params.handle)}`);
});

router.get('/out', (req, res) => {
  // expect: open-redirect
  res.redirect(302, req.query.url);
});

router.post('/profile', express.urlencoded({ extended: false }), async (req, res) => {
  const { bio } = req.body;
  await User.update({ bio }, { where: { id: req.user.id } });
  res.send(`<p>Saved. Your bio: ${escapeHtml(bio)}</p>`);
});

module.exports = router;
