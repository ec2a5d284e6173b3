'use strict';

const fs = require('fs');
const path = require('path');

const DEFAULTS = Object.freeze({ theme: 'light', pageSize: 25, locale: 'en' });
const ALLOWED_KEYS = ['theme', 'pageSize', 'locale'];

function pick(obj, keys) {
  const out = {};
  for (const k of keys) {
    if (Object.prototype.hasOwnProperty.call(obj, k)) out[k] = obj[k];
  }
  return out;
}

// Preferences arrive as a JSON string from the browser's localStorage sync.
function mergePreferences(user, rawPrefs) {
  const incoming = JSON.parse(rawPrefs);
  // expect: code-injection
  return Object.assign(user.preferences, incoming);
}

function mergeAllowed(user, rawPrefs) {
  const incoming = JSON.parse(rawPrefs);
  return Object.assign({}, DEFAULTS, pick(incoming, ALLOWED_KEYS));
}

function loadBundledDefaults() {
  const base = JSON.parse('{"theme":"light","pageSize":25}');
  return Object.assign({}, DEFAULTS, base);
}

function applyProfileUpdate(account, body) {
  const changes = JSON.parse(body);
  // expect: code-injection
  Object.assign(account, changes);
  return account.save();
}

function readServiceConfig(dir) {
  // config files shipped with the release, owned by root
  const file = fs.readFileSync(path.join(dir, 'service.json'), 'utf8');
  return Object.assign({}, DEFAULTS, JSON.parse(file));
}

function restoreWidgetState(widget, messageEvent) {
  const state = JSON.parse(messageEvent.data);
  // expect: code-injection
  Object.assign(widget.options, state.options);
  widget.render();
}

module.exports = { mergePreferences, mergeAllowed, loadBundledDefaults, applyProfileUpdate, readServiceConfig, restoreWidgetState };
