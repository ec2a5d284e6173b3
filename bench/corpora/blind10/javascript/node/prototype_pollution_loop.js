// library: plain objects (deep merge / path set helpers)
function setPath(obj, path, value) {
  const keys = path.split('.');
  let cur = obj;
  for (let i = 0; i < keys.length - 1; i++) {
    if (!cur[keys[i]]) cur[keys[i]] = {};
    cur = cur[keys[i]];
  }
  // expect: prototype-pollution
  cur[keys[keys.length - 1]] = value;
  return obj;
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

function setPathSafe(obj, path, value) {
  const keys = path.split('.');
  if (keys.some((k) => FORBIDDEN.has(k))) throw new Error('invalid path');
  let cur = obj;
  for (let i = 0; i < keys.length - 1; i++) {
    if (!Object.prototype.hasOwnProperty.call(cur, keys[i])) cur[keys[i]] = {};
    cur = cur[keys[i]];
  }
  cur[keys[keys.length - 1]] = value;
  return obj;
}

function deepMerge(target, source) {
  for (const key of Object.keys(source)) {
    if (typeof source[key] === 'object' && source[key] !== null) {
      if (!target[key]) target[key] = {};
      deepMerge(target[key], source[key]);
    } else {
      // expect: prototype-pollution
      target[key] = source[key];
    }
  }
  return target;
}

function shallowCopy(source) {
  return Object.assign(Object.create(null), source);
}

module.exports = { setPath, setPathSafe, deepMerge, shallowCopy };
