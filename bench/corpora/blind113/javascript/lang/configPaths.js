'use strict';

// Dotted-path settings ("ui.theme.color") written from the settings API and
// from imported JSON files.

function setPath(target, dottedPath, value) {
  const parts = dottedPath.split('.');
  const last = parts.pop();
  let node = target;
  for (const part of parts) {
    node = node[part];
  }
  // expect: code-injection
  node[last] = value;
  return target;
}

function applyPatch(settings, patch) {
  for (const section of Object.keys(patch)) {
    const group = settings[section];
    for (const key of Object.keys(patch[section])) {
      // expect: code-injection
      group[key] = patch[section][key];
    }
  }
  return settings;
}

function assignNested(store, ns, key, value) {
  let bucket = store[ns];
  // expect: code-injection
  bucket[key] = value;
  return store;
}

function mergeRows(index, rows) {
  rows.forEach((row) => {
    const entry = index[row.type];
    // expect: code-injection
    entry[row.field] = row.value;
  });
  return index;
}

function safeSet(settings, section, key, value) {
  if (section === '__proto__' || section === 'constructor' || key === '__proto__' || key === 'constructor') {
    throw new Error('invalid key');
  }
  const group = settings[section];
  group[key] = value;
  return settings;
}

function mapSet(registry, ns, key, value) {
  const bucket = registry.get(ns) || new Map();
  bucket.set(key, value);
  registry.set(ns, bucket);
  return registry;
}

module.exports = { setPath, applyPatch, assignNested, mergeRows, safeSet, mapSet };
