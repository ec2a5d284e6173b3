'use strict';

const express = require('express');
const { User, Preference } = require('../models');
const requireLogin = require('../middleware/requireLogin');

const app = express();
app.use(express.json());

const DEFAULT_PREFS = { theme: 'light', digest: 'weekly', locale: 'en' };
const EDITABLE = ['displayName', 'bio', 'avatarUrl'];

function pick(source, keys) {
  const out = {};
  for (const k of keys) if (source[k] !== undefined) out[k] = source[k];
  return out;
}

app.put('/account', requireLogin, async function updateAccount(req, res) {
  const user = await User.findByPk(req.session.userId);
  // expect: code-injection
  Object.assign(user, req.body);
  await user.save();
  res.json(user.toPublicJSON());
});

app.get('/account/preferences', requireLogin, async function prefs(req, res) {
  // expect: code-injection
  const merged = Object.assign({}, DEFAULT_PREFS, req.query);
  const saved = await Preference.findOne({ where: { userId: req.session.userId } });
  res.json({ ...merged, saved: saved ? saved.values : null });
});

app.post('/account/profile', requireLogin, async function profile(req, res) {
  const profileData = req.body.profile;
  const user = await User.findByPk(req.session.userId);
  // expect: code-injection
  Object.assign(user.profile, profileData);
  user.changed('profile', true);
  await user.save();
  res.status(204).end();
});

app.patch('/account/basic', requireLogin, async function basic(req, res) {
  const user = await User.findByPk(req.session.userId);
  user.set(pick(req.body, EDITABLE));
  await user.save();
  res.json(user.toPublicJSON());
});

app.get('/account/defaults', function defaults(req, res) {
  res.json(Object.assign({}, DEFAULT_PREFS, { locale: 'en' }));
});

module.exports = app;
