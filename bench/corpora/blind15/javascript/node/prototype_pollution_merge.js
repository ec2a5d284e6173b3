// library: plain JavaScript (recursive merge of parsed JSON)
function isObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function deepMerge(target, source) {
  for (const key of Object.keys(source)) {
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

const BLOCKED = new Set(['__proto__', 'constructor', 'prototype']);

function safeMerge(target, source) {
  for (const key of Object.keys(source)) {
    if (BLOCKED.has(key)) continue;
    if (isObject(source[key])) {
      if (!isObject(target[key])) target[key] = Object.create(null);
      safeMerge(target[key], source[key]);
    } else {
      target[key] = source[key];
    }
  }
  return target;
}

function applyUserSettings(defaults, body) {
  return deepMerge(defaults, JSON.parse(body));
}

function applyUserSettingsSafe(defaults, body) {
  return safeMerge(structuredClone(defaults), JSON.parse(body));
}

module.exports = { deepMerge, safeMerge, applyUserSettings, applyUserSettingsSafe };
