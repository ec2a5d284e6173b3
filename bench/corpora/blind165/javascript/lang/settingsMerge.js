// Merges a workspace's saved settings (JSON posted from the settings page) over the defaults.
// Used by the API server for every workspace on each request.
'use strict';

function isPlainObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function deepMerge(target, source) {
  for (const key of Object.keys(source)) {
    if (isPlainObject(source[key])) {
      if (!isPlainObject(target[key])) target[key] = {};
      deepMerge(target[key], source[key]);
    } else {
      // expect: code-injection
      target[key] = source[key];
    }
  }
  return target;
}

// `path` is the dotted setting name from the settings form, split on '.'.
function setIn(target, path, value) {
  const [head, ...rest] = path;
  if (rest.length === 0) {
    // expect: code-injection
    target[head] = value;
    return target;
  }
  if (!isPlainObject(target[head])) target[head] = {};
  setIn(target[head], rest, value);
  return target;
}

const copier = {
  copy: function copy(dest, src) {
    for (const key in src) {
      if (isPlainObject(src[key])) {
        dest[key] = dest[key] || {};
        this.copy(dest[key], src[key]);
      } else {
        // expect: code-injection
        dest[key] = src[key];
      }
    }
    return dest;
  },
};

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

function safeMerge(target, source) {
  for (const key of Object.keys(source)) {
    if (FORBIDDEN.has(key)) continue;
    if (isPlainObject(source[key])) {
      if (!Object.prototype.hasOwnProperty.call(target, key)) target[key] = Object.create(null);
      safeMerge(target[key], source[key]);
    } else {
      target[key] = source[key];
    }
  }
  return target;
}

function flatten(settings, prefix, out) {
  for (const key of Object.keys(settings)) {
    const name = prefix ? prefix + '.' + key : key;
    if (isPlainObject(settings[key])) flatten(settings[key], name, out);
    else out.set(name, settings[key]);
  }
  return out;
}

module.exports = { deepMerge, setIn, copier, safeMerge, flatten };
