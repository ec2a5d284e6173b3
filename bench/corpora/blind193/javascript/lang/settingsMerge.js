// Merges a workspace's settings document with the defaults and with PATCH bodies
// sent by the settings page (JSON from the client).
const DEFAULTS = require('./defaultSettings.json');

function isPlainObject(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

// Used for PATCH /workspaces/:id/settings with the parsed request body as `patch`.
function deepMerge(target, patch) {
  for (const key of Object.keys(patch)) {
    if (isPlainObject(patch[key])) {
      if (!isPlainObject(target[key])) target[key] = {};
      deepMerge(target[key], patch[key]);
    } else {
      // "__proto__" and "constructor" keys from the body walk up to Object.prototype
      // expect: code-injection
      target[key] = patch[key];
    }
  }
  return target;
}

const BLOCKED = new Set(['__proto__', 'constructor', 'prototype']);

function safeMerge(target, patch) {
  for (const key of Object.keys(patch)) {
    if (BLOCKED.has(key)) continue;
    if (isPlainObject(patch[key])) {
      if (!Object.prototype.hasOwnProperty.call(target, key) || !isPlainObject(target[key])) {
        target[key] = Object.create(null);
      }
      safeMerge(target[key], patch[key]);
    } else {
      target[key] = patch[key];
    }
  }
  return target;
}

function withDefaults(stored) {
  return safeMerge(safeMerge(Object.create(null), DEFAULTS), stored || {});
}

function applyPatch(stored, body) {
  return deepMerge(withDefaults(stored), body);
}

function flatten(obj, prefix = '', out = {}) {
  for (const key of Object.keys(obj)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (isPlainObject(obj[key])) flatten(obj[key], path, out);
    else out[path] = obj[key];
  }
  return out;
}

module.exports = { applyPatch, withDefaults, flatten, safeMerge };
