'use strict';

const express = require('express');
const _ = require('lodash');
const User = require('../models/user');

const app = express.Router();
const EDITABLE = ['displayName', 'bio', 'avatarUrl'];

app.put('/me', function updateMe(req, res) {
  // expect: code-injection
  const user = Object.assign(req.user, req.body);
  user.save().then(() => res.json(user));
});

app.post('/settings', function saveSettings(req, res) {
  // expect: code-injection
  const settings = Object.assign({}, res.locals.defaults, req.body.settings);
  res.json(settings);
});

function patchProject(req, res, next) {
  const project = res.locals.project;
  // expect: code-injection
  Object.assign(project, req.query);
  project.save().then(() => res.json(project)).catch(next);
}

app.patch('/projects/:id', patchProject);

app.post('/invites', function invite(req, res) {
  const invite = {};
  // expect: code-injection
  Object.assign(invite, { createdBy: req.user.id }, req.body.invite);
  res.status(201).json(invite);
});

app.put('/profile', function updateProfile(req, res) {
  const changes = _.pick(req.body, EDITABLE);
  User.update(req.user.id, changes).then((u) => res.json(u));
});

app.get('/defaults', function defaults(req, res) {
  res.json(Object.assign({}, res.locals.defaults, { theme: 'light' }));
});

module.exports = app;
