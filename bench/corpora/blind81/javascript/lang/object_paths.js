'use strict';

// Small helpers used by the settings API to apply dotted-path patches
// (`{ "ui.theme.color": "blue" }`) onto a user's stored preferences.

function setPath(target, dotted, value) {
  const keys = dotted.split('.');
  const last = keys.pop();
  let node = target;
  for (const key of keys) {
    node = node[key];
    if (node === null || typeof node !== 'object') throw new Error('no such section: ' + dotted);
  }
  // expect: code-injection
  node[last] = value;
  return target;
}

function applyPatch(prefs, patch) {
  for (const [section, changes] of Object.entries(patch)) {
    const bucket = prefs[section];
    for (const field of Object.keys(changes)) {
      // expect: code-injection
      bucket[field] = changes[field];
    }
  }
  return prefs;
}

function addTag(index, group, tag, doc) {
  const byGroup = index[group];
  // expect: code-injection
  byGroup[tag] = doc;
}

function mergeInto(config, query) {
  Object.keys(query).forEach((k) => {
    const [section, key] = k.split(':');
    const target = config[section];
    // expect: code-injection
    target[key] = query[k];
  });
  return config;
}

function setSafe(target, section, field, value) {
  if (section === '__proto__' || section === 'constructor' || section === 'prototype') {
    throw new Error('invalid section');
  }
  const bucket = target[section];
  if (field === '__proto__' || field === 'constructor') {
    throw new Error('invalid field');
  }
  bucket[field] = value;
}

function countByKey(rows, key) {
  const counts = new Map();
  for (const row of rows) {
    counts.set(row[key], (counts.get(row[key]) || 0) + 1);
  }
  return counts;
}

function defaultsFor(schema) {
  const out = Object.create(null);
  const fields = schema['fields'];
  fields['version'] = schema.version;
  out.fields = fields;
  return out;
}

module.exports = { setPath, applyPatch, addTag, mergeInto, setSafe, countByKey, defaultsFor };
