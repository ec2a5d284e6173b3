'use strict';

const express = require('express');

const router = express.Router();
const preferences = {};
const counters = {};
const ALLOWED_KEYS = new Set(['theme', 'language', 'timezone', 'digest']);
const drafts = new Map();

router.post('/prefs', function (req, res) {
  const userPrefs = preferences[req.user.id] || (preferences[req.user.id] = {});
  // expect: code-injection
  userPrefs[req.body.key] = req.body.value;
  res.json(userPrefs);
});

router.put('/profile/:field', function updateField(req, res) {
  const profile = req.user.profile;
  // expect: code-injection
  profile[req.params.field] = req.body.value;
  res.json(profile);
});

router.get('/track', function track(req, res) {
  const { metric } = req.query;
  // expect: code-injection
  counters[metric] = (counters[metric] || 0) + 1;
  res.sendStatus(204);
});

router.patch('/settings/:section', function patchSection(req, res) {
  const section = preferences[req.params.section] || {};
  for (const [name, value] of Object.entries(req.body)) {
    // expect: code-injection
    section[name] = value;
  }
  res.json(section);
});

router.post('/prefs/safe', function (req, res) {
  const userPrefs = preferences[req.user.id] || {};
  if (ALLOWED_KEYS.has(req.body.key)) {
    userPrefs[req.body.key] = String(req.body.value);
  }
  res.json(userPrefs);
});

router.post('/drafts', function (req, res) {
  drafts.set(req.body.name, req.body.text);
  res.sendStatus(201);
});

router.post('/theme', function (req, res) {
  const userPrefs = preferences[req.user.id] || {};
  userPrefs['theme'] = req.body.theme === 'dark' ? 'dark' : 'light';
  res.json(userPrefs);
});

module.exports = router;
