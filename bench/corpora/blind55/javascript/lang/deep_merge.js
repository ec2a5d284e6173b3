'use strict';
// Config helpers: tenant overrides arrive as JSON from the admin API and are merged onto defaults.

function isPlainObject(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function deepMerge(target, source) {
  for (const key of Object.keys(source)) {
    const value = source[key];
    // expect: prototype-pollution
    target[key] = isPlainObject(value) ? deepMerge(isPlainObject(target[key]) ? target[key] : {}, value) : value;
  }
  return target;
}

function setByPath(obj, parts, value) {
  const [head, ...rest] = parts;
  // expect: prototype-pollution
  obj[head] = rest.length === 0 ? value : setByPath(head in obj ? obj[head] : {}, rest, value);
  return obj;
}

const cloneInto = function cloneInto(dst, src) {
  Object.keys(src).forEach((k) => {
    const v = src[k];
    // expect: prototype-pollution
    dst[k] = isPlainObject(v) ? cloneInto(dst[k] || {}, v) : v;
  });
  return dst;
};

function Settings(defaults) {
  this.values = {};
  this.extend(this.values, defaults);
}

Settings.prototype.extend = function extend(target, patch) {
  for (const name in patch) {
    if (isPlainObject(patch[name])) {
      this.extend(target[name] || {}, patch[name]);
    } else {
      // expect: prototype-pollution
      target[name] = patch[name];
    }
  }
  return target;
};

function mergeInto(dst, src) {
  for (const k of Object.keys(src)) {
    // expect: prototype-pollution
    dst[k] = isPlainObject(src[k]) ? mergeInto.call(this, dst[k] || {}, src[k]) : src[k];
  }
  return dst;
}

// Safe: the dangerous keys are skipped before anything is written.
function safeMerge(target, source) {
  for (const key of Object.keys(source)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    const value = source[key];
    target[key] = isPlainObject(value) ? safeMerge(isPlainObject(target[key]) ? target[key] : {}, value) : value;
  }
  return target;
}

// Safe: a flat copy of allowlisted keys; no recursion, no computed prototype walk.
const ALLOWED = ['theme', 'locale', 'timezone'];
function pickSettings(input) {
  const out = {};
  for (const key of ALLOWED) {
    if (Object.prototype.hasOwnProperty.call(input, key)) out[key] = String(input[key]);
  }
  return out;
}

function applyTenantOverrides(defaults, body) {
  const overrides = JSON.parse(body);
  return {
    merged: deepMerge(JSON.parse(JSON.stringify(defaults)), overrides),
    safe: safeMerge({}, overrides),
    picked: pickSettings(overrides),
    flag: setByPath({}, String(overrides.path || 'features.beta').split('.'), true),
  };
}

module.exports = { deepMerge, setByPath, cloneInto, Settings, mergeInto, safeMerge, pickSettings, applyTenantOverrides };
