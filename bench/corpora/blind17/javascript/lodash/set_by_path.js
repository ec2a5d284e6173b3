// library: hand-written path setter (config overrides from query string)
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

function setByPath(target, dotted, value) {
  const keys = dotted.split('.');
  let cur = target;
  for (let i = 0; i < keys.length - 1; i++) {
    if (typeof cur[keys[i]] !== 'object' || cur[keys[i]] === null) cur[keys[i]] = {};
    cur = cur[keys[i]];
  }
  // expect: prototype-pollution
  cur[keys[keys.length - 1]] = value;
  return target;
}

function setByPathSafe(target, dotted, value) {
  const keys = dotted.split('.');
  if (keys.some((k) => FORBIDDEN.has(k))) throw new Error('illegal key');
  let cur = target;
  for (let i = 0; i < keys.length - 1; i++) {
    if (!Object.hasOwn(cur, keys[i]) || typeof cur[keys[i]] !== 'object') cur[keys[i]] = {};
    cur = cur[keys[i]];
  }
  cur[keys[keys.length - 1]] = value;
  return target;
}

function applyOverrides(config, query) {
  for (const [k, v] of Object.entries(query)) {
    if (k.startsWith('cfg.')) setByPath(config, k.slice(4), v);
  }
  return config;
}

module.exports = { setByPath, setByPathSafe, applyOverrides };
