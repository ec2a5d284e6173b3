'use strict';

// Looks up plan limits and feature flags for API requests.
const express = require('express');

const LIMITS = {
  free: { projects: 3, seats: 1 },
  team: { projects: 50, seats: 25 },
  enterprise: { projects: Infinity, seats: Infinity },
};
const FEATURES = new Map([['exports', ['team', 'enterprise']], ['sso', ['enterprise']]]);

const router = express.Router();

router.get('/limits/:plan', (req, res) => {
  // expect: object-injection
  const limits = LIMITS[req.params.plan];
  res.json(limits || {});
});

router.post('/usage', (req, res) => {
  const { metric, plan } = req.body;
  const planLimits = LIMITS.free;
  // expect: object-injection
  const ceiling = planLimits[metric];
  res.json({ plan, metric, ceiling });
});

function settingFor(settings, name) {
  // expect: object-injection
  const value = settings[name];
  return typeof value === 'function' ? value() : value;
}

class Translator {
  constructor(messages) {
    this.messages = messages;
  }

  t(key, lang) {
    // expect: object-injection
    const table = this.messages[lang];
    return table ? table[key] : key;
  }
}

// Safe look-alikes: a literal key, a key that is a constant, a Map lookup,
// and an own-property check against a fixed table.
const DEFAULT_PLAN = 'free';

function defaults() {
  const base = LIMITS['free'];
  const fallback = LIMITS[DEFAULT_PLAN];
  return { ...base, ...fallback };
}

function allowedPlans(feature) {
  return FEATURES.get(feature) || [];
}

function sumSeats(plans) {
  let total = 0;
  for (let i = 0; i < plans.length; i += 1) {
    const p = plans[i];
    total += Object.prototype.hasOwnProperty.call(LIMITS, p) ? LIMITS[p].seats : 0;
  }
  return total;
}

module.exports = { router, settingFor, Translator, defaults, allowedPlans, sumSeats };
