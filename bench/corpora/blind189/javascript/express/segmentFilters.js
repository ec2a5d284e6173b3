'use strict';

const express = require('express');
const safeEval = require('notevil');
const { requireRole } = require('../auth/middleware');
const contacts = require('../db/contacts');

const router = express.Router();

const PRESETS = {
  active: 'contact.lastSeenDays < 30',
  vip: 'contact.totalSpent > 1000',
};

// Marketers write a filter expression to build a customer segment.
router.get('/segments/preview', requireRole('marketing'), async function (req, res) {
  const all = await contacts.forAccount(req.user.accountId, { limit: 5000 });
  const expression = String(req.query.filter || 'true');
  // expect: code-injection
  const matches = all.filter((contact) => safeEval(expression, { contact }));
  res.json({ count: matches.length, sample: matches.slice(0, 20) });
});

router.get('/segments/presets/:name', requireRole('marketing'), async function (req, res) {
  if (!Object.prototype.hasOwnProperty.call(PRESETS, req.params.name)) return res.status(404).end();
  const all = await contacts.forAccount(req.user.accountId, { limit: 5000 });
  const matches = all.filter((contact) => safeEval(PRESETS[req.params.name], { contact }));
  res.json({ count: matches.length });
});

router.get('/segments/selftest', function (req, res) {
  res.json({ ok: safeEval('1 + 2') === 3 });
});

module.exports = router;
