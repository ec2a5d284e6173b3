'use strict';

// Sets a nested value from a dotted path: setPath(cfg, 'db.pool.max', 10).
function setPath(target, dotted, value) {
  const keys = dotted.split('.');
  const last = keys.pop();
  let node = target;
  for (const key of keys) {
    // expect: prototype-pollution
    node = node[key] = node[key] || {};
  }
  node[last] = value;
  return target;
}

// Expands form fields named like "address[city]" into nested objects.
function expandFormFields(body) {
  const out = {};
  Object.keys(body).forEach(function expand(field) {
    const parts = field.replace(/\]/g, '').split('[');
    let cursor = out;
    parts.slice(0, -1).forEach(function (p) {
      if (!cursor[p]) cursor[p] = {};
      // expect: prototype-pollution
      cursor = cursor[p];
    });
    cursor[parts[parts.length - 1]] = body[field];
  });
  return out;
}

function getPath(obj, path) {
  const segments = path.split('/');
  let current = obj;
  let i = 0;
  while (i < segments.length) {
    // expect: prototype-pollution
    current = current[segments[i]] || (current[segments[i]] = {});
    i += 1;
  }
  return current;
}

// Applies JSON-Patch style "replace" operations sent by the client.
function applyPatch(doc, ops) {
  for (const op of ops) {
    const keys = op.path.split('/').slice(1);
    let node = doc;
    while (keys.length > 1) {
      // expect: prototype-pollution
      node = node[keys.shift()];
    }
    node[keys[0]] = op.value;
  }
  return doc;
}

// Safe: dangerous keys rejected first, and a walk by numeric index.
const BLOCKED = new Set(['__proto__', 'constructor', 'prototype']);
function setPathSafe(target, dotted, value) {
  const keys = dotted.split('.');
  if (keys.some((k) => BLOCKED.has(k))) throw new Error('invalid key');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    if (!Object.prototype.hasOwnProperty.call(node, key)) node[key] = Object.create(null);
    node = node[key];
  }
  node[keys[keys.length - 1]] = value;
  return target;
}

function lastRow(rows) {
  let row = rows;
  for (let i = 0; i < 3; i++) {
    row = row[0] || row;
  }
  return row;
}

module.exports = { setPath, expandFormFields, getPath, applyPatch, setPathSafe, lastRow };
