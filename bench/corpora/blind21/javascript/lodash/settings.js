// lodash: merging user settings and feature flags from request bodies
const express = require('express');
const _ = require('lodash');
const merge = require('lodash.merge');
const { set: setPath, get: getPath, pick } = require('lodash');

const router = express.Router();
const DEFAULTS = { theme: 'light', notifications: { email: true, sms: false }, locale: 'en' };
const ALLOWED_PATHS = new Set(['theme', 'locale', 'notifications.email', 'notifications.sms']);

router.put('/settings', express.json(), async (req, res) => {
  const current = await loadSettings(req.user.id);
  // expect: prototype-pollution
  const next = _.merge(current, req.body);
  await saveSettings(req.user.id, next);
  res.json(next);
});

router.put('/v2/settings', express.json(), async (req, res) => {
  const current = await loadSettings(req.user.id);
  const patch = pick(req.body, ['theme', 'locale', 'notifications']);
  const next = { ...current, ...patch, notifications: { ...current.notifications, ...(patch.notifications || {}) } };
  await saveSettings(req.user.id, next);
  res.json(next);
});

router.patch('/settings/field', express.json(), async (req, res) => {
  const settings = await loadSettings(req.user.id);
  // expect: prototype-pollution
  setPath(settings, req.body.path, req.body.value);
  await saveSettings(req.user.id, settings);
  res.json(settings);
});

router.patch('/v2/settings/field', express.json(), async (req, res) => {
  if (!ALLOWED_PATHS.has(req.body.path)) return res.status(400).json({ error: 'unknown setting' });
  const settings = await loadSettings(req.user.id);
  _.set(settings, req.body.path, req.body.value);
  await saveSettings(req.user.id, settings);
  res.json(settings);
});

router.get('/settings/field', async (req, res) => {
  const settings = await loadSettings(req.user.id);
  res.json({ value: getPath(settings, String(req.query.path || ''), null) });
});

router.post('/flags/import', express.json(), (req, res) => {
  // expect: prototype-pollution
  const flags = merge({}, DEFAULTS, req.body.flags);
  res.json(flags);
});

router.post('/flags/defaults', (req, res) => {
  const flags = _.merge({}, DEFAULTS, { notifications: { sms: true } });
  res.json(flags);
});

router.post('/flags/deep', express.json(), (req, res) => {
  // expect: prototype-pollution
  const flags = _.defaultsDeep(req.body, DEFAULTS);
  res.json(flags);
});

const store = new Map();
async function loadSettings(id) {
  return _.cloneDeep(store.get(id) || DEFAULTS);
}
async function saveSettings(id, s) {
  store.set(id, s);
}

module.exports = router;
