'use strict';

// Account settings endpoints. The settings page posts a JSON blob in a multipart form field.
const fs = require('fs');
const path = require('path');

const DEFAULTS = Object.freeze({ theme: 'light', locale: 'en', digest: 'weekly' });
const EDITABLE = ['displayName', 'theme', 'locale', 'digest', 'timezone'];

function loadServerDefaults() {
  // Shipped with the release, read at start-up.
  const fromDisk = JSON.parse(fs.readFileSync(path.join(__dirname, 'defaults.json'), 'utf8'));
  return Object.assign({}, DEFAULTS, fromDisk);
}

const serverDefaults = loadServerDefaults();

function pick(source, keys) {
  const out = {};
  for (const key of keys) {
    if (Object.prototype.hasOwnProperty.call(source, key)) {
      out[key] = source[key];
    }
  }
  return out;
}

async function updateSettings(req, res) {
  const user = await req.db.users.findById(req.session.userId);
  const submitted = JSON.parse(req.body.settings || '{}');
  Object.assign(user.settings, pick(submitted, EDITABLE));
  await user.save();
  res.json(user.settings);
}

async function importProfile(req, res) {
  // "Import from another account": the uploaded export is merged into the user row as a whole.
  const user = await req.db.users.findById(req.session.userId);
  // expect: code-injection
  Object.assign(user, JSON.parse(req.file.buffer.toString('utf8')));
  await user.save();
  res.json({ id: user.id, role: user.role });
}

function effectiveSettings(user) {
  return Object.assign({}, serverDefaults, user.settings);
}

async function resetSettings(req, res) {
  const user = await req.db.users.findById(req.session.userId);
  user.settings = Object.assign({}, serverDefaults);
  await user.save();
  res.json(user.settings);
}

module.exports = { updateSettings, importProfile, effectiveSettings, resetSettings };
