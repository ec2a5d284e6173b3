'use strict';

const express = require('express');
const store = require('../lib/prefsStore');

const router = express.Router();
const EDITABLE = new Set(['theme', 'language', 'timezone', 'digest']);

router.post('/prefs', function setPref(req, res) {
  const prefs = store.load(req.user.id);
  // expect: code-injection
  prefs[req.body.key] = req.body.value;
  store.save(req.user.id, prefs);
  res.json(prefs);
});

router.put('/prefs/:section', function setSection(req, res) {
  const all = store.load(req.user.id);
  // expect: code-injection
  all[req.params.section] = req.body;
  store.save(req.user.id, all);
  res.status(204).end();
});

router.patch('/flags', function setFlag(req, res) {
  const flags = store.flags(req.user.id);
  const name = req.query.flag;
  // expect: code-injection
  flags[name] = true;
  store.saveFlags(req.user.id, flags);
  res.status(204).end();
});

// Look-alikes: literal keys, an allowlisted key, a Map.
router.post('/prefs/theme', function setTheme(req, res) {
  const prefs = store.load(req.user.id);
  prefs['theme'] = String(req.body.theme);
  prefs.updatedAt = Date.now();
  store.save(req.user.id, prefs);
  res.json(prefs);
});

router.post('/prefs/safe', function setSafe(req, res) {
  const key = String(req.body.key);
  if (!EDITABLE.has(key)) return res.status(400).json({ error: 'unknown preference' });
  const prefs = store.load(req.user.id);
  prefs[key] = String(req.body.value);
  store.save(req.user.id, prefs);
  res.json(prefs);
});

router.post('/drafts', function saveDraft(req, res) {
  const drafts = new Map(Object.entries(store.drafts(req.user.id)));
  drafts.set(String(req.body.id), String(req.body.text));
  store.saveDrafts(req.user.id, Object.fromEntries(drafts));
  res.status(204).end();
});

module.exports = router;
