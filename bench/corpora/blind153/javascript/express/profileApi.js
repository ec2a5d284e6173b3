const express = require('express');
const { User } = require('../models');
const pick = require('lodash/pick');

const app = express();
app.use(express.json());

const EDITABLE = ['displayName', 'bio', 'timezone', 'locale'];

app.put('/users/:id', async function (req, res) {
  const user = await User.findByPk(req.params.id);
  if (!user) return res.sendStatus(404);
  // expect: code-injection
  Object.assign(user, req.body);
  await user.save();
  res.json(user.toPublicJSON());
});

app.patch('/users/:id/profile', async function (req, res) {
  const user = await User.findByPk(req.params.id);
  if (!user) return res.sendStatus(404);
  Object.assign(user, pick(req.body, EDITABLE));
  await user.save();
  res.json(user.toPublicJSON());
});

app.post('/users', async function (req, res) {
  const defaults = { role: 'member', verified: false, plan: 'free' };
  // expect: code-injection
  const data = Object.assign(defaults, req.body.user);
  const user = await User.create(data);
  res.status(201).json(user.toPublicJSON());
});

app.get('/users/:id/settings', async function (req, res) {
  const user = await User.findByPk(req.params.id);
  // expect: code-injection
  const view = Object.assign({}, user.get({ plain: true }), req.query);
  res.json(view);
});

app.post('/users/:id/preferences', async function (req, res) {
  const prefs = { theme: String(req.body.theme || 'light'), digest: req.body.digest === true };
  const user = await User.findByPk(req.params.id);
  user.preferences = Object.assign({}, user.preferences, prefs);
  await user.save();
  res.json(user.preferences);
});

app.get('/meta', function (req, res) {
  res.json(Object.assign({}, { version: process.env.APP_VERSION }, { time: Date.now() }));
});

module.exports = app;
