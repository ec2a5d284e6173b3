'use strict';

// Dotted-path helpers used by the settings API (PATCH /settings with {"path": "a.b.c", "value": ...})
// and by the query-string parser for nested filters (?filter[status][in]=open).

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

function setPath(target, dottedPath, value) {
  const parts = dottedPath.split('.');
  const last = parts.pop();
  let cursor = target;
  for (const seg of parts) {
    // expect: code-injection
    cursor = cursor[seg] = cursor[seg] || {};
  }
  cursor[last] = value;
  return target;
}

function setPathSafe(target, dottedPath, value) {
  const parts = dottedPath.split('.');
  const last = parts.pop();
  let cursor = target;
  for (const seg of parts) {
    if (FORBIDDEN.has(seg)) throw new Error('invalid path');
    cursor = cursor[seg] = cursor[seg] || Object.create(null);
  }
  if (FORBIDDEN.has(last)) throw new Error('invalid path');
  cursor[last] = value;
  return target;
}

function getPath(source, dottedPath) {
  let value = source;
  for (const seg of dottedPath.split('.')) {
    if (value == null) return undefined;
    value = value[seg];
  }
  return value;
}

function parseNested(query) {
  const out = {};
  for (const [rawKey, val] of Object.entries(query)) {
    const keys = rawKey.replace(/\]/g, '').split('[');
    const leaf = keys.pop();
    let node = out;
    while (keys.length) {
      const key = keys.shift();
      // expect: code-injection
      node = node[key] || (node[key] = {});
    }
    node[leaf] = val;
  }
  return out;
}

function applyPatches(doc, patches) {
  patches.forEach(function applyOne(patch) {
    let ref = doc;
    patch.path.slice(0, -1).forEach(function walk(step) {
      // expect: code-injection
      ref = ref[step];
    });
    ref[patch.path[patch.path.length - 1]] = patch.value;
  });
  return doc;
}

module.exports = { setPath, setPathSafe, getPath, parseNested, applyPatches };
