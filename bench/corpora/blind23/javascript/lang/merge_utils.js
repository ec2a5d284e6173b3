// lang: deep merge and path-set helpers shared by the settings API
function isObject(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function deepMerge(target, source) {
  for (const key in source) {
    if (isObject(source[key])) {
      if (!isObject(target[key])) target[key] = {};
      deepMerge(target[key], source[key]);
    } else {
      // expect: prototype-pollution
      target[key] = source[key];
    }
  }
  return target;
}

function safeMerge(target, source) {
  for (const key of Object.keys(source)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    if (isObject(source[key])) {
      if (!isObject(target[key])) target[key] = {};
      safeMerge(target[key], source[key]);
    } else {
      target[key] = source[key];
    }
  }
  return target;
}

function setPath(obj, dotted, value) {
  const parts = dotted.split('.');
  let cur = obj;
  for (let i = 0; i < parts.length - 1; i++) {
    cur[parts[i]] = cur[parts[i]] || {};
    cur = cur[parts[i]];
  }
  // expect: prototype-pollution
  cur[parts[parts.length - 1]] = value;
}

function applyDefaults(userOpts) {
  // expect: prototype-pollution
  return Object.assign({}, JSON.parse(userOpts));
}

function applyDefaultsSafe(userOpts) {
  const parsed = JSON.parse(userOpts);
  return { retries: Number(parsed.retries) || 3, verbose: Boolean(parsed.verbose) };
}

function toMap(entries) {
  const m = new Map();
  for (const [k, v] of entries) m.set(k, v);
  return m;
}

module.exports = { deepMerge, safeMerge, setPath, applyDefaults, applyDefaultsSafe, toMap };
