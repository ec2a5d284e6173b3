'use strict';

const express = require('express');
const { User, Workspace } = require('../models');

const router = express.Router();
const DEFAULTS = Object.freeze({ theme: 'light', locale: 'en', digest: 'weekly' });
const EDITABLE = ['displayName', 'locale', 'timezone', 'avatarUrl'];

function pick(obj, keys) {
  const out = {};
  for (const k of keys) {
    if (Object.prototype.hasOwnProperty.call(obj, k)) out[k] = obj[k];
  }
  return out;
}

// The mobile app sends the profile as a JSON string inside a multipart form.
router.post('/profile', async (req, res) => {
  const user = await User.findByPk(req.session.userId);
  // expect: code-injection
  Object.assign(user, JSON.parse(req.body.profile));
  await user.save();
  res.json(user.toPublicJSON());
});

router.post('/profile/v2', async (req, res) => {
  const user = await User.findByPk(req.session.userId);
  Object.assign(user, pick(JSON.parse(req.body.profile), EDITABLE));
  await user.save();
  res.json(user.toPublicJSON());
});

router.put('/workspaces/:id/settings', async (req, res) => {
  const workspace = await Workspace.findByPk(req.params.id);
  const patch = JSON.parse(req.body.settings || '{}');
  // expect: code-injection
  Object.assign(workspace, patch);
  await workspace.save();
  res.sendStatus(204);
});

function preferencesFromCookie(cookieValue) {
  const prefs = Object.assign({}, DEFAULTS);
  return Object.assign(prefs, pick(JSON.parse(cookieValue || '{}'), Object.keys(DEFAULTS)));
}

class InviteService {
  constructor(mailer) {
    this.mailer = mailer;
  }

  async accept(inviteRecord, rawSignupJson) {
    const member = { role: 'member', workspaceId: inviteRecord.workspaceId };
    // expect: code-injection
    Object.assign(member, JSON.parse(rawSignupJson));
    await this.mailer.welcome(member.email);
    return User.create(member);
  }
}

module.exports = { router, preferencesFromCookie, InviteService };
