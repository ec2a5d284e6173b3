'use strict';

// Dotted-path editing of tenant configuration ("notifications.email.enabled"), used by the admin API:
// PATCH /tenants/:id/config  { "path": "...", "value": ... }

function setPathUnchecked(target, dottedPath, value) {
  const parts = String(dottedPath).split('.');
  const last = parts.pop();
  let node = target;
  for (const part of parts) {
    if (typeof node[part] !== 'object' || node[part] === null) {
      node[part] = {};
    }
    node = node[part];
  }
  // "__proto__.isAdmin" lands on Object.prototype.
  // expect: code-injection
  node[last] = value;
  return target;
}

function setPathChecked(target, dottedPath, value) {
  const parts = String(dottedPath).split('.');
  const last = parts.pop();
  let node = target;
  for (const part of parts) {
    if (part === '__proto__' || part === 'constructor' || part === 'prototype') {
      throw new Error('forbidden path segment');
    }
    if (!Object.prototype.hasOwnProperty.call(node, part)) {
      node[part] = Object.create(null);
    }
    node = node[part];
  }
  if (last === '__proto__' || last === 'constructor' || last === 'prototype') {
    throw new Error('forbidden path segment');
  }
  node[last] = value;
  return target;
}

function copyColumns(rows, columns) {
  const out = [];
  for (let i = 0; i < rows.length; i += 1) {
    const row = {};
    for (let j = 0; j < columns.length; j += 1) {
      row[columns[j]] = rows[i][j];
    }
    out[i] = row;
  }
  return out;
}

function applyOverrides(config, overrides) {
  // overrides: { section: { key: value } } from the request body.
  for (const section of Object.keys(overrides)) {
    const current = config[section];
    for (const key of Object.keys(overrides[section])) {
      // expect: code-injection
      current[key] = overrides[section][key];
    }
  }
  return config;
}

function getPath(source, dottedPath) {
  return String(dottedPath).split('.').reduce((node, part) => (node == null ? undefined : node[part]), source);
}

module.exports = { setPathUnchecked, setPathChecked, copyColumns, applyOverrides, getPath };
