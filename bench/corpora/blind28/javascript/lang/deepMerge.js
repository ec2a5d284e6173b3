// Config helpers: merge user overrides into defaults, set nested paths.
function isObject(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function merge(target, source) {
  for (const key of Object.keys(source)) {
    if (isObject(source[key])) {
      // expect: prototype-pollution
      if (!isObject(target[key])) target[key] = {};
      merge(target[key], source[key]);
    } else {
      // expect: prototype-pollution
      target[key] = source[key];
    }
  }
  return target;
}

function setPath(obj, parts, value) {
  const [head, ...rest] = parts;
  if (rest.length === 0) {
    // expect: prototype-pollution
    obj[head] = value;
    return obj;
  }
  // expect: prototype-pollution
  obj[head] = obj[head] || {};
  return setPath(obj[head], rest, value);
}

function cloneInto(dest, src) {
  for (const k in src) {
    // expect: prototype-pollution
    dest[k] = isObject(src[k]) ? cloneInto({}, src[k]) : src[k];
  }
  return dest;
}

function safeMerge(target, source) {
  for (const key of Object.keys(source)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    if (isObject(source[key])) {
      if (!isObject(target[key])) target[key] = Object.create(null);
      safeMerge(target[key], source[key]);
    } else {
      target[key] = source[key];
    }
  }
  return target;
}

function shallowOverride(defaults, overrides) {
  return Object.assign({}, defaults, overrides);
}

module.exports = { merge, setPath, cloneInto, safeMerge, shallowOverride };
