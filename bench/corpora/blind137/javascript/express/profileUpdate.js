const express = require('express');
const { pick } = require('lodash');
const { User, Project } = require('../models');

const router = express.Router();
const DEFAULT_LIST_OPTIONS = { page: 1, perPage: 25, sort: 'createdAt' };

router.put('/users/:id', async function updateUser(req, res) {
  const user = await User.findByPk(req.params.id);
  if (!user) return res.sendStatus(404);
  // expect: code-injection
  Object.assign(user, req.body);
  await user.save();
  res.json(user.toSafeJSON());
});

router.get('/projects', async function listProjects(req, res) {
  // expect: code-injection
  const options = Object.assign({}, DEFAULT_LIST_OPTIONS, req.query);
  const projects = await Project.list(options);
  res.json(projects);
});

router.patch('/projects/:id/settings', async function updateSettings(req, res) {
  const project = await Project.findByPk(req.params.id);
  // expect: code-injection
  Object.assign(project.settings, req.body.settings);
  project.changed('settings', true);
  await project.save();
  res.json(project.settings);
});

router.patch('/me', async function updateMe(req, res) {
  const user = await User.findByPk(req.user.id);
  const allowed = pick(req.body, ['displayName', 'bio', 'timezone']);
  Object.assign(user, allowed);
  await user.save();
  res.json(user.toSafeJSON());
});

router.patch('/me/avatar', async function updateAvatar(req, res) {
  const user = await User.findByPk(req.user.id);
  Object.assign(user, { avatarUrl: req.body.avatarUrl, avatarUpdatedAt: new Date() });
  await user.save();
  res.sendStatus(204);
});

router.get('/defaults', function defaults(req, res) {
  res.json(Object.assign({}, DEFAULT_LIST_OPTIONS, { perPage: 50 }));
});

module.exports = router;
