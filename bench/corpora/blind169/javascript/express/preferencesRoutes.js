'use strict';

// Account and notification preferences for the project tracker.
const express = require('express');
const accounts = require('../services/accounts');

const router = express.Router();

const EDITABLE_FIELDS = ['displayName', 'timezone', 'locale', 'avatarUrl'];
const defaultSettings = {
  email: { mentions: true, digest: 'weekly' },
  push: { mentions: true, assignments: true },
};

function cloneSettings(stored) {
  return JSON.parse(JSON.stringify(stored || defaultSettings));
}

router.put('/me/settings', express.json(), async (req, res) => {
  const settings = cloneSettings(await accounts.getSettings(req.user.id));
  const { section, key, value } = req.body;
  if (!settings[section]) {
    return res.status(400).json({ error: 'unknown section' });
  }
  // expect: code-injection
  settings[req.body.section][req.body.key] = value;
  await accounts.saveSettings(req.user.id, settings);
  res.json(settings);
});

router.patch('/me/profile', express.json(), async (req, res) => {
  const field = req.body.field;
  if (!EDITABLE_FIELDS.includes(field)) {
    return res.status(400).json({ error: 'field not editable' });
  }
  const account = await accounts.findById(req.user.id);
  account[field] = String(req.body.value).slice(0, 200);
  await accounts.save(account);
  res.json({ [field]: account[field] });
});

router.patch('/me/account', express.json(), async (req, res) => {
  const account = await accounts.findById(req.user.id);
  // expect: code-injection
  account[req.body.field] = req.body.value;
  await accounts.save(account);
  res.json({ ok: true });
});

router.post('/me/theme', express.json(), async (req, res) => {
  const theme = req.body.theme === 'dark' ? 'dark' : 'light';
  const account = await accounts.findById(req.user.id);
  account.theme = theme;
  await accounts.save(account);
  res.json({ theme });
});

router.get('/me/settings/:section', async (req, res) => {
  const settings = cloneSettings(await accounts.getSettings(req.user.id));
  const lookup = new Map(Object.entries(settings));
  res.json(lookup.get(req.params.section) || {});
});

module.exports = router;
