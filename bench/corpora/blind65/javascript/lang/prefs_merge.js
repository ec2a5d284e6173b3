'use strict';

const express = require('express');
const router = express.Router();

const DEFAULT_PREFS = { theme: 'light', emails: true, role: 'member' };

// The client stores preferences as a JSON string in a cookie.
router.get('/prefs', (req, res) => {
  const fromCookie = JSON.parse(req.cookies.prefs || '{}');
  // expect: mass-assignment
  const prefs = Object.assign({}, DEFAULT_PREFS, fromCookie);
  res.json(prefs);
});

router.put('/profile', async (req, res) => {
  const patch = JSON.parse(req.body.payload);
  const user = await req.db.users.findById(req.user.id);
  // expect: mass-assignment
  Object.assign(user, patch);
  await user.save();
  res.json(user);
});

// Messages from a worker queue carry a JSON job description.
function applyJobOptions(job, rawMessage) {
  const opts = JSON.parse(rawMessage.body);
  // expect: mass-assignment
  return Object.assign(job.defaults, opts, { receivedAt: Date.now() });
}

class Settings {
  constructor(store) {
    this.store = store;
    this.values = {};
  }

  // Users import a settings file exported from another workspace.
  async importFile(upload) {
    const parsed = JSON.parse(upload.buffer.toString('utf8'));
    // expect: mass-assignment
    Object.assign(this.values, parsed);
    await this.store.set('settings', JSON.stringify(this.values));
    return this.values;
  }
}

// Safe: only picked fields are copied, and a literal JSON string.
router.put('/profile/safe', async (req, res) => {
  const body = JSON.parse(req.body.payload);
  const user = await req.db.users.findById(req.user.id);
  Object.assign(user, { displayName: String(body.displayName || ''), bio: String(body.bio || '') });
  await user.save();
  res.json({ ok: true });
});

const BASE = Object.assign({}, DEFAULT_PREFS, JSON.parse('{"theme":"dark"}'));

module.exports = { router, applyJobOptions, Settings, BASE };
