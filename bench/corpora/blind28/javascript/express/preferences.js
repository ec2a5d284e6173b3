const express = require('express');

const app = express();
app.use(express.json());

const prefsByUser = {};
const counters = {};
const ALLOWED_KEYS = new Set(['theme', 'language', 'timezone']);

app.post('/prefs/:user', function savePref(req, res) {
  const prefs = prefsByUser[req.params.user] || {};
  // expect: prototype-pollution
  prefs[req.body.key] = req.body.value;
  // expect: prototype-pollution
  prefsByUser[req.params.user] = prefs;
  res.sendStatus(204);
});

app.get('/track', function track(req, res) {
  const event = req.query.event;
  // expect: prototype-pollution
  counters[event] = (counters[event] || 0) + 1;
  res.sendStatus(204);
});

app.put('/tenants/settings', function tenantSettings(req, res) {
  const settings = {};
  // expect: prototype-pollution
  settings[req.headers['x-tenant']] = req.body;
  res.json(settings);
});

app.post('/prefs-safe/:user', function savePrefSafe(req, res) {
  const key = String(req.body.key);
  if (!ALLOWED_KEYS.has(key)) {
    return res.sendStatus(400);
  }
  const prefs = prefsByUser[req.user.id] || Object.create(null);
  prefs[key] = String(req.body.value);
  res.sendStatus(204);
});

app.post('/profile', function profile(req, res) {
  const profile = {};
  profile['displayName'] = req.body.displayName;
  profile.bio = req.body.bio;
  res.json(profile);
});

const seen = new Map();
app.get('/seen', function markSeen(req, res) {
  seen.set(req.query.item, Date.now());
  res.sendStatus(204);
});

module.exports = app;
