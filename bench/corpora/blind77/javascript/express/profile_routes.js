const express = require('express');
const { User, Settings, Invoice } = require('../models');

const router = express.Router();

const EDITABLE = ['displayName', 'bio', 'timezone', 'avatarUrl'];
const DEFAULT_FILTER = { archived: false };

router.put('/me', async function updateMe(req, res) {
  const user = await User.findByPk(req.session.userId);
  // expect: mass-assignment
  Object.assign(user, req.body);
  await user.save();
  res.json(user);
});

router.patch('/me/settings', async function (req, res) {
  const settings = await Settings.findOne({ where: { userId: req.session.userId } });
  // expect: mass-assignment
  settings.data = Object.assign({}, settings.data, req.body.preferences);
  await settings.save();
  res.json(settings.data);
});

router.get('/invoices', async function listInvoices(req, res) {
  // expect: mass-assignment
  const where = Object.assign({ ownerId: req.session.userId }, DEFAULT_FILTER, req.query);
  res.json(await Invoice.findAll({ where }));
});

function createProfile(req, res, next) {
  const profile = User.build({ createdBy: req.session.userId });
  // expect: mass-assignment
  Object.assign(profile, req.body.user, { role: profile.role });
  profile.save().then((p) => res.status(201).json(p)).catch(next);
}
router.post('/profiles', createProfile);

// Safe look-alikes: fields picked through an allowlist, and literal objects.
router.put('/me/profile', async function (req, res) {
  const user = await User.findByPk(req.session.userId);
  const changes = {};
  for (const key of EDITABLE) if (key in req.body) changes[key] = String(req.body[key]);
  Object.assign(user, changes);
  await user.save();
  res.json(user);
});

router.get('/me/summary', async function (req, res) {
  const user = await User.findByPk(req.session.userId);
  res.json(Object.assign({}, { id: user.id, displayName: user.displayName }, { plan: user.plan }));
});

module.exports = router;
