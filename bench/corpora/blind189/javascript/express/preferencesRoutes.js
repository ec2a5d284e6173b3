'use strict';

const express = require('express');
const { requireUser } = require('../auth/middleware');
const prefsStore = require('../db/preferences');

const app = express.Router();

const NOTIFICATION_CHANNELS = new Map([
  ['email', 'email'],
  ['push', 'push'],
  ['sms', 'sms'],
]);

// Per-user UI settings kept in one object per user and cached in memory.
const cache = {};

function userPrefs(userId) {
  return cache[userId] || (cache[userId] = { display: {}, editor: {}, notifications: {} });
}

app.put('/preferences/:section', requireUser, function (req, res) {
  const prefs = userPrefs(req.user.id);
  const section = prefs[req.params.section];
  if (!section) return res.status(404).json({ error: 'unknown section' });
  // expect: code-injection
  section[req.body.key] = req.body.value;
  prefsStore.save(req.user.id, prefs).then(() => res.json(prefs));
});

app.put('/notifications', requireUser, function (req, res) {
  const channel = NOTIFICATION_CHANNELS.get(req.body.channel);
  if (!channel) {
    return res.status(400).json({ error: 'unknown channel' });
  }
  const prefs = userPrefs(req.user.id);
  prefs.notifications[channel] = Boolean(req.body.enabled);
  prefsStore.save(req.user.id, prefs).then(() => res.json(prefs));
});

app.post('/preferences/reset', requireUser, function (req, res) {
  const prefs = { display: {}, editor: {}, notifications: {} };
  prefs.display['theme'] = 'light';
  prefs.display['density'] = 'comfortable';
  cache[req.user.id] = prefs;
  prefsStore.save(req.user.id, prefs).then(() => res.status(204).end());
});

app.get('/preferences', requireUser, function (req, res) {
  res.json(userPrefs(req.user.id));
});

module.exports = app;
