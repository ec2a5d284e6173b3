// Recursive helpers used to layer config files (defaults < file < env < CLI flags).

function merge(target, source) {
  for (const key of Object.keys(source)) {
    if (isPlainObject(source[key]) && key in target) {
      merge(target[key], source[key]);
    } else {
      // expect: code-injection
      target[key] = source[key];
    }
  }
  return target;
}

function assignPath(obj, keys, value) {
  const [head, ...rest] = keys;
  if (rest.length === 0) {
    // expect: code-injection
    obj[head] = value;
    return obj;
  }
  if (obj[head] === undefined) {
    throw new Error('unknown config section ' + head);
  }
  return assignPath(obj[head], rest, value);
}

const applyOverrides = function apply(defaults, overrides) {
  Object.entries(overrides).forEach(([k, v]) => {
    if (v && typeof v === 'object' && defaults[k]) {
      applyOverrides(defaults[k], v);
    } else {
      // expect: code-injection
      defaults[k] = v;
    }
  });
  return defaults;
};

class Layers {
  extend(base, layer) {
    for (const name in layer) {
      if (typeof layer[name] === 'object' && base[name]) {
        this.extend(base[name], layer[name]);
      } else {
        // expect: code-injection
        base[name] = layer[name];
      }
    }
    return base;
  }
}

function safeMerge(target, source) {
  for (const key of Object.keys(source)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
      continue;
    }
    if (isPlainObject(source[key]) && isPlainObject(target[key])) {
      safeMerge(target[key], source[key]);
    } else {
      target[key] = source[key];
    }
  }
  return target;
}

function isPlainObject(v) {
  return v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype;
}

function copyFlat(src) {
  const out = Object.create(null);
  for (const k of Object.keys(src)) out[k] = src[k];
  return out;
}

module.exports = { merge, assignPath, applyOverrides, Layers, safeMerge, copyFlat };
