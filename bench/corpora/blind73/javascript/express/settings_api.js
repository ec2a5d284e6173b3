'use strict';

const express = require('express');
const { loadPrefs, savePrefs, loadProfile, saveProfile } = require('../store');

const router = express.Router();
const counters = {};
const tenantCache = {};
const ALLOWED_PREFS = new Set(['theme', 'language', 'timezone', 'digest']);

router.post('/prefs', async function (req, res) {
  const prefs = await loadPrefs(req.user.id);
  // expect: prototype-pollution
  prefs[req.body.key] = req.body.value;
  await savePrefs(req.user.id, prefs);
  res.json(prefs);
});

router.put('/profile/:field', async (req, res) => {
  const profile = await loadProfile(req.user.id);
  const field = req.params.field;
  // expect: prototype-pollution
  profile[field] = req.body.value;
  await saveProfile(req.user.id, profile);
  res.sendStatus(204);
});

router.get('/track', function (req, res) {
  const metric = req.query.metric;
  // expect: prototype-pollution
  counters[metric] = (counters[metric] || 0) + 1;
  res.sendStatus(204);
});

router.patch('/user', async (req, res) => {
  const user = await loadProfile(req.user.id);
  for (const k of Object.keys(req.body)) {
    // expect: prototype-pollution
    user[k] = req.body[k];
  }
  await saveProfile(req.user.id, user);
  res.json(user);
});

router.post('/cache', (req, res) => {
  // expect: prototype-pollution
  tenantCache[req.headers['x-tenant-id']] = req.body;
  res.sendStatus(202);
});

// A literal key, a Map, and keys checked against an allowlist.
router.post('/prefs/theme', async (req, res) => {
  const prefs = await loadPrefs(req.user.id);
  prefs['theme'] = String(req.body.theme);
  await savePrefs(req.user.id, prefs);
  res.json(prefs);
});

const sessions = new Map();
router.post('/session-note', (req, res) => {
  sessions.set(String(req.body.key), String(req.body.note));
  res.sendStatus(204);
});

router.post('/prefs/bulk', async (req, res) => {
  const prefs = await loadPrefs(req.user.id);
  const next = Object.create(null);
  for (const [key, value] of Object.entries(req.body)) {
    if (ALLOWED_PREFS.has(key)) next[key] = String(value);
  }
  await savePrefs(req.user.id, { ...prefs, ...next });
  res.json(next);
});

module.exports = router;
