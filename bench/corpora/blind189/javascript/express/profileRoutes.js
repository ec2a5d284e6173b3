'use strict';

const express = require('express');
const { requireUser } = require('../auth/middleware');
const { findUserById, saveUser } = require('../db/users');
const { pickFields } = require('../util/objects');

const router = express.Router();

// Fields a member may edit on their own profile page.
const EDITABLE = ['displayName', 'bio', 'timezone', 'avatarUrl', 'newsletter'];

function serialize(user) {
  return {
    id: user.id,
    displayName: user.displayName,
    bio: user.bio,
    timezone: user.timezone,
    avatarUrl: user.avatarUrl,
  };
}

router.get('/me', requireUser, async function (req, res) {
  const user = await findUserById(req.user.id);
  res.json(serialize(user));
});

// Old mobile client endpoint, still called by app versions < 4.2.
router.put('/me/legacy', requireUser, async function (req, res) {
  const user = await findUserById(req.user.id);
  // expect: code-injection
  Object.assign(user, req.body);
  await saveUser(user);
  res.json(serialize(user));
});

router.patch('/me', requireUser, async function (req, res) {
  const user = await findUserById(req.user.id);
  const changes = pickFields(req.body, EDITABLE);
  Object.assign(user, changes);
  await saveUser(user);
  res.json(serialize(user));
});

router.get('/me/export', requireUser, async function (req, res) {
  const user = await findUserById(req.user.id);
  const payload = Object.assign({}, serialize(user), { exportedAt: new Date().toISOString() });
  res.attachment('profile.json');
  res.send(JSON.stringify(payload, null, 2));
});

router.post('/me/preferences/reset', requireUser, async function (req, res) {
  const user = await findUserById(req.user.id);
  Object.assign(user, { timezone: 'UTC', newsletter: false });
  await saveUser(user);
  res.status(204).end();
});

module.exports = router;
