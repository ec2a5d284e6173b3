'use strict';

// Dotted-path helpers used by the settings API: PATCH /settings { path: "ui.theme", value: "dark" }.
function setPath(obj, path, value) {
  const keys = path.split('.');
  let cur = obj;
  for (const key of keys.slice(0, -1)) {
    if (typeof cur[key] !== 'object' || cur[key] === null) cur[key] = {};
    // expect: code-injection
    cur = cur[key];
  }
  cur[keys[keys.length - 1]] = value;
  return obj;
}

function ensurePath(root, dotted) {
  const parts = dotted.split('.');
  let target = root;
  while (parts.length) {
    const p = parts.shift();
    // expect: code-injection
    target = target[p] = target[p] || {};
  }
  return target;
}

function applyPatch(doc, patch) {
  Object.keys(patch).forEach(function (path) {
    let node = doc;
    const keys = path.split('/').filter(Boolean);
    const last = keys.pop();
    keys.forEach(function (k) {
      // expect: code-injection
      node = node[k] || (node[k] = {});
    });
    node[last] = patch[path];
  });
  return doc;
}

// Safe look-alikes: a read-only getter, a setter that refuses prototype keys.
function getPath(obj, path) {
  let cur = obj;
  for (const key of path.split('.')) {
    if (cur == null) return undefined;
    cur = cur[key];
  }
  return cur;
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

function safeSetPath(obj, path, value) {
  const keys = path.split('.');
  if (keys.some((k) => FORBIDDEN.has(k))) throw new Error('invalid path');
  let cur = obj;
  for (const key of keys.slice(0, -1)) {
    if (!Object.prototype.hasOwnProperty.call(cur, key)) cur[key] = Object.create(null);
    cur = cur[key];
  }
  cur[keys[keys.length - 1]] = value;
  return obj;
}

module.exports = { setPath, ensurePath, applyPatch, getPath, safeSetPath };
