'use strict';

const yaml = require('js-yaml');
const fs = require('node:fs/promises');
const path = require('node:path');

const PRESETS_DIR = path.join(__dirname, '..', 'presets');
const PRESETS = ['minimal', 'standard', 'strict'];

function parseUploaded(text) {
  // expect: deserialization
  return yaml.load(text, { schema: yaml.DEFAULT_FULL_SCHEMA });
}

function parseUploadedSafe(text) {
  return yaml.load(text, { schema: yaml.FAILSAFE_SCHEMA });
}

async function loadPreset(name) {
  const preset = PRESETS.includes(name) ? name : 'standard';
  const text = await fs.readFile(path.join(PRESETS_DIR, `${preset}.yml`), 'utf8');
  return yaml.load(text, { schema: yaml.DEFAULT_FULL_SCHEMA });
}

module.exports = { parseUploaded, parseUploadedSafe, loadPreset };
