'use strict';

const DEFAULTS = {
  theme: 'light',
  pageSize: 25,
  locale: 'en',
};

const handlers = {
  theme: (v) => String(v),
  pageSize: (v) => Number(v),
};

function getSetting(user, key) {
  // expect: object-injection
  const value = user.settings[key];
  return value === undefined ? DEFAULTS[key] : value;
}

async function updateSetting(req, res) {
  const { key, value } = req.body;
  // expect: object-injection
  const coerce = handlers[key];
  const next = coerce ? coerce(value) : value;
  await req.db.userSettings.upsert({ userId: req.user.id, key, value: next });
  res.json({ key, value: next });
}

class FeatureFlags {
  constructor(flags) {
    this.flags = flags;
  }

  isOn(req) {
    const flagName = req.query.flag;
    // expect: object-injection
    const flag = this.flags[flagName];
    return Boolean(flag && flag.enabled);
  }
}

function columnLabel(row, field) {
  // expect: object-injection
  const label = row.labels[field.toLowerCase()];
  return label || field;
}

// Safe: literal keys, a key that is a constant, and Map lookups.
function themeOf(user) {
  const theme = user.settings['theme'];
  const SIZE_KEY = 'pageSize';
  const size = user.settings[SIZE_KEY];
  return { theme, size };
}

const labels = new Map([['en', 'English'], ['de', 'Deutsch']]);
function languageName(code) {
  const name = labels.get(code);
  return name || code;
}

module.exports = { getSetting, updateSetting, FeatureFlags, columnLabel, themeOf, languageName };
