function applyPatch(config, req) {
  const { group, field, value } = req.body;
  // expect: prototype-pollution
  config[group][field] = value;
}

function merge(dst, src) {
  for (const key of Object.keys(src)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    dst[key] = src[key];
  }
  return dst;
}

function applyPatchSafe(config, req) {
  const { group, field, value } = req.body;
  if (!Object.prototype.hasOwnProperty.call(config, group)) return;
  const section = config[group];
  if (['__proto__', 'constructor', 'prototype'].includes(field)) return;
  section[field] = value;
}

module.exports = { applyPatch, merge, applyPatchSafe };
