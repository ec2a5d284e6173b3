'use strict';

// Profile endpoints of the community site.
const express = require('express');
const { User, Document } = require('./models');

const app = express();
app.use(express.json());

const EDITABLE = ['displayName', 'bio', 'location', 'website'];

app.put('/api/profile', async function updateProfile(req, res) {
  const user = await User.findByPk(req.session.userId);
  // expect: mass-assignment
  Object.assign(user, req.body);
  await user.save();
  res.json(user.toPublicJSON());
});

app.patch('/api/profile/settings', async function patchSettings(req, res) {
  const user = await User.findByPk(req.session.userId);
  const { settings } = req.body;
  // expect: mass-assignment
  user.settings = Object.assign({}, user.settings, settings);
  await user.save();
  res.status(204).end();
});

app.get('/api/documents', async function listDocuments(req, res) {
  // expect: mass-assignment
  const where = Object.assign({ ownerId: req.session.userId }, req.query);
  res.json(await Document.findAll({ where, limit: 50 }));
});

async function adminEdit(req, res) {
  const target = await User.findByPk(req.params.id);
  // expect: mass-assignment
  Object.assign(target, req.body.user, { updatedBy: req.session.userId });
  await target.save();
  res.json({ ok: true });
}
app.post('/api/admin/users/:id', adminEdit);

app.put('/api/profile/safe', async function updateSafe(req, res) {
  const user = await User.findByPk(req.session.userId);
  const changes = {};
  for (const key of EDITABLE) {
    if (typeof req.body[key] === 'string') changes[key] = req.body[key].slice(0, 500);
  }
  Object.assign(user, changes);
  await user.save();
  res.json(user.toPublicJSON());
});

app.get('/api/profile/defaults', function defaults(req, res) {
  res.json(Object.assign({}, { theme: 'light' }, { layout: 'cards' }));
});

module.exports = app;
