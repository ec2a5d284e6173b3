// Merges user-supplied settings into stored profiles.
const _ = require('lodash');
const merge = require('deepmerge');

function applyPatch(profile, patch) {
  // expect: prototype-pollution
  return _.merge(profile, patch);
}

function applyPatchSafe(profile, patch) {
  const allowed = _.pick(patch, ['theme', 'locale', 'timezone']);
  return Object.assign({}, profile, allowed);
}

function setPath(profile, path, value) {
  // expect: prototype-pollution
  _.set(profile, path, value);
  return profile;
}

function setKnownPath(profile, path, value) {
  if (!['notifications.email', 'notifications.sms', 'ui.theme'].includes(path)) throw new Error('bad path');
  _.set(profile, path, value);
  return profile;
}

function assignNested(target, section, key, value) {
  // expect: prototype-pollution
  target[section][key] = value;
  return target;
}

function assignNestedSafe(target, section, key, value) {
  if (section === '__proto__' || section === 'constructor' || key === '__proto__' || key === 'prototype') return target;
  if (!Object.prototype.hasOwnProperty.call(target, section)) target[section] = Object.create(null);
  target[section][key] = value;
  return target;
}

function deepCopy(src) {
  return merge({}, src, { clone: true });
}

function defaultsDeep(input) {
  // expect: prototype-pollution
  return _.defaultsDeep({}, input, { ui: { theme: 'light' } });
}

module.exports = { applyPatch, applyPatchSafe, setPath, setKnownPath, assignNested, assignNestedSafe, deepCopy, defaultsDeep };
