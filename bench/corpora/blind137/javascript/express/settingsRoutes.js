const express = require('express');
const { Preferences, Metrics } = require('../store');

const router = express.Router();
const ALLOWED_KEYS = new Set(['theme', 'language', 'digest']);

router.post('/preferences', async function savePreference(req, res) {
  const prefs = await Preferences.load(req.user.id);
  // expect: code-injection
  prefs[req.body.key] = req.body.value;
  await Preferences.save(req.user.id, prefs);
  res.sendStatus(204);
});

router.post('/metrics/:metric/hit', function hit(req, res) {
  const counters = Metrics.counters();
  // expect: code-injection
  counters[req.params.metric] = (counters[req.params.metric] || 0) + 1;
  res.sendStatus(202);
});

router.put('/profile/fields', async function setField(req, res) {
  const field = req.query.field;
  const profile = await Preferences.profile(req.user.id);
  // expect: code-injection
  profile.extra[field] = req.query.value;
  await Preferences.saveProfile(req.user.id, profile);
  res.json(profile.extra);
});

router.post('/preferences/theme', async function setTheme(req, res) {
  const prefs = await Preferences.load(req.user.id);
  prefs['theme'] = req.body.theme;
  await Preferences.save(req.user.id, prefs);
  res.sendStatus(204);
});

router.post('/preferences/checked', async function saveChecked(req, res) {
  const { key, value } = req.body;
  if (!ALLOWED_KEYS.has(key)) return res.status(400).json({ error: 'unknown preference' });
  const prefs = await Preferences.load(req.user.id);
  prefs[key] = String(value);
  await Preferences.save(req.user.id, prefs);
  res.sendStatus(204);
});

router.post('/flags', function setFlag(req, res) {
  const flags = new Map(Metrics.flags());
  flags.set(req.body.name, Boolean(req.body.enabled));
  res.json(Object.fromEntries(flags));
});

module.exports = router;
