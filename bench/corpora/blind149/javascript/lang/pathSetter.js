'use strict';

// Helpers to apply dotted-path patches ("a.b.c": value) sent by the settings UI.

function setPath(target, path, value) {
  const parts = path.split('.');
  const last = parts.pop();
  let cur = target;
  for (const part of parts) {
    if (cur[part] === undefined) cur[part] = {};
    cur = cur[part];
  }
  // expect: code-injection
  cur[last] = value;
  return target;
}

function applyPatch(doc, patch) {
  for (const key of Object.keys(patch)) {
    setPath(doc, key, patch[key]);
  }
  return doc;
}

function setNested(root, section, field, value) {
  let node = root;
  node = root[section];
  // expect: code-injection
  node[field] = value;
}

function copyGroup(store, groupName, entries) {
  let group = store;
  group = store[groupName];
  for (const [k, v] of Object.entries(entries)) {
    // expect: code-injection
    group[k] = v;
  }
}

// Guarded version: prototype keys are refused before the write.
function safeSetPath(target, path, value) {
  const parts = path.split('.');
  let cur = target;
  for (let i = 0; i < parts.length - 1; i++) {
    const part = parts[i];
    if (part === '__proto__' || part === 'constructor' || part === 'prototype') {
      throw new Error('forbidden key');
    }
    cur = cur[part] = cur[part] || Object.create(null);
  }
  const last = parts[parts.length - 1];
  if (last === '__proto__' || last === 'constructor') throw new Error('forbidden key');
  cur[last] = value;
}

// Map-backed store: no prototype to reach.
function setInMap(map, section, field, value) {
  const inner = map.get(section) || new Map();
  inner.set(field, value);
  map.set(section, inner);
}

module.exports = { setPath, applyPatch, setNested, copyGroup, safeSetPath, setInMap };
