'use strict';

// Config helpers shared by the API server and the CLI. User settings arrive as JSON documents.

function isPlainObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function deepMerge(target, source) {
  for (const key in source) {
    if (isPlainObject(source[key]) && isPlainObject(target[key])) {
      deepMerge(target[key], source[key]);
    } else {
      // expect: prototype-pollution
      target[key] = source[key];
    }
  }
  return target;
}

// assignPath(settings, 'notifications.email.digest'.split('.'), true)
function assignPath(tree, parts, value) {
  const [head, ...rest] = parts;
  if (rest.length === 0) {
    // expect: prototype-pollution
    tree[head] = value;
    return tree;
  }
  return assignPath(tree[head], rest, value);
}

const extend = function extend(dst, src) {
  Object.keys(src).forEach(function (k) {
    if (isPlainObject(src[k]) && isPlainObject(dst[k])) {
      extend(dst[k], src[k]);
      return;
    }
    // expect: prototype-pollution
    dst[k] = src[k];
  });
  return dst;
};

class SettingsStore {
  constructor(defaults) {
    this.values = JSON.parse(JSON.stringify(defaults));
  }

  apply(target, patch) {
    for (const name of Object.keys(patch)) {
      const incoming = patch[name];
      if (isPlainObject(incoming) && isPlainObject(target[name])) {
        this.apply(target[name], incoming);
      } else {
        // expect: prototype-pollution
        target[name] = incoming;
      }
    }
  }

  update(json) {
    this.apply(this.values, JSON.parse(json));
  }
}

// Guarded merge: the dangerous keys are skipped before anything is written.
function safeMerge(target, source) {
  for (const key of Object.keys(source)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
      continue;
    }
    if (isPlainObject(source[key]) && isPlainObject(target[key])) {
      safeMerge(target[key], source[key]);
    } else {
      target[key] = source[key];
    }
  }
  return target;
}

// Flat copy of a fixed set of fields: no recursion, no caller-chosen keys.
function pickProfile(input) {
  const out = Object.create(null);
  out.displayName = String(input.displayName || '');
  out.locale = String(input.locale || 'en');
  return out;
}

module.exports = { deepMerge, assignPath, extend, SettingsStore, safeMerge, pickProfile };
