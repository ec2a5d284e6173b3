'use strict';

const express = require('express');

const router = express.Router();
const userPrefs = {};
const featureFlags = {};

router.post('/prefs', function (req, res) {
  const prefs = userPrefs[req.user.id] || (userPrefs[req.user.id] = {});
  // expect: code-injection
  prefs[req.body.key] = req.body.value;
  res.json(prefs);
});

router.put('/flags/:name', function (req, res) {
  // expect: code-injection
  featureFlags[req.params.name] = Boolean(req.body.enabled);
  res.sendStatus(204);
});

router.post('/layout', function (req, res) {
  const layout = req.session.layout || {};
  const section = req.query.section;
  // expect: code-injection
  layout[section] = req.body.panels;
  req.session.layout = layout;
  res.json(layout);
});

router.patch('/settings', function (req, res) {
  const settings = req.session.settings || {};
  // expect: code-injection
  settings[req.headers['x-setting-name']] = req.body.value;
  req.session.settings = settings;
  res.json(settings);
});

// Safe look-alikes: literal keys, an allowlist check, and a Map.
const ALLOWED = new Set(['theme', 'language', 'timezone']);

router.post('/prefs/safe', function (req, res) {
  const prefs = userPrefs[req.user.id] || (userPrefs[req.user.id] = {});
  if (!ALLOWED.has(req.body.key)) return res.status(400).end();
  prefs[req.body.key] = String(req.body.value);
  prefs.updatedAt = Date.now();
  prefs['source'] = 'web';
  res.json(prefs);
});

const counters = new Map();
router.post('/count', function (req, res) {
  counters.set(req.body.name, (counters.get(req.body.name) || 0) + 1);
  res.json({ count: counters.get(req.body.name) });
});

module.exports = router;
