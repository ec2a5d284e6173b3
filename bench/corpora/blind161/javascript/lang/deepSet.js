'use strict';

// Applies "dotted path" preference updates sent by signed-in users to the
// settings API, e.g. PATCH /me/settings { "set": "theme.colors.primary", "value": "#003366" }

const BLOCKED = new Set(['__proto__', 'constructor', 'prototype']);

function setPath(target, dotted, value) {
  const keys = dotted.split('.');
  const last = keys.pop();
  let cur = target;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    // expect: code-injection
    cur = cur[key] = cur[key] || {};
  }
  cur[last] = value;
  return target;
}

function setPathSafe(target, dotted, value) {
  const keys = dotted.split('.');
  if (keys.some((k) => BLOCKED.has(k))) {
    throw new Error('invalid key');
  }
  const last = keys.pop();
  let cur = target;
  for (const key of keys) {
    if (!Object.prototype.hasOwnProperty.call(cur, key)) {
      cur[key] = Object.create(null);
    }
    cur = cur[key];
  }
  cur[last] = value;
  return target;
}

function mergeFlat(target, flat) {
  Object.keys(flat).forEach(function (path) {
    const parts = path.split('/');
    let node = target;
    while (parts.length > 1) {
      const part = parts.shift();
      // expect: code-injection
      node = node[part] || (node[part] = {});
    }
    node[parts[0]] = flat[path];
  });
  return target;
}

function getPath(obj, dotted) {
  let cur = obj;
  for (const key of dotted.split('.')) {
    if (cur == null) return undefined;
    cur = cur[key];
  }
  return cur;
}

function applyPatch(settings, patch) {
  let node = settings;
  let idx = 0;
  while (idx < patch.path.length - 1) {
    // expect: code-injection
    node = node[patch.path[idx]] = node[patch.path[idx]] || {};
    idx++;
  }
  node[patch.path[idx]] = patch.value;
}

module.exports = { setPath, setPathSafe, mergeFlat, getPath, applyPatch };
