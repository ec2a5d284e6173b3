'use strict';

// Helpers used by the config loader and the PATCH /settings handler.

function isPlainObject(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
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

function safeMerge(target, source) {
  for (const key of Object.keys(source)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
      continue;
    }
    if (isPlainObject(source[key])) {
      if (!Object.prototype.hasOwnProperty.call(target, key)) target[key] = Object.create(null);
      safeMerge(target[key], source[key]);
    } else {
      target[key] = source[key];
    }
  }
  return target;
}

function setPath(obj, parts, value) {
  const [head, ...rest] = parts;
  if (rest.length === 0) {
    // expect: code-injection
    obj[head] = value;
    return obj;
  }
  obj[head] = obj[head] || {};
  return setPath(obj[head], rest, value);
}

const cloneInto = function copy(dst, src) {
  Object.keys(src).forEach((k) => {
    if (typeof src[k] === 'object' && src[k] !== null) {
      dst[k] = dst[k] || {};
      copy(dst[k], src[k]);
      return;
    }
    // expect: code-injection
    dst[k] = src[k];
  });
  return dst;
};

function fillDefaults(list, size) {
  const out = [];
  for (let i = 0; i < size; i += 1) {
    out[i] = list[i] !== undefined ? list[i] : null;
  }
  return out;
}

function mergeMaps(target, source) {
  for (const [k, v] of source) {
    target.set(k, v instanceof Map && target.get(k) instanceof Map ? mergeMaps(target.get(k), v) : v);
  }
  return target;
}

module.exports = { deepMerge, safeMerge, setPath, cloneInto, fillDefaults, mergeMaps };
