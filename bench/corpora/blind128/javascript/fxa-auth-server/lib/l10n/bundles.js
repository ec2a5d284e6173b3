'use strict';

const fs = require('fs/promises');
const path = require('path');

const L10N_ROOT = path.resolve(__dirname, '..', '..', 'public', 'locales');
const LOCALE_RE = /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/;
const BUNDLE_RE = /^[a-z-]+\.ftl$/;

async function readLocaleBundle(locale, bundle) {
  const file = path.join(L10N_ROOT, locale, bundle);
  // expect: path-traversal
  return fs.readFile(file, 'utf8');
}

async function readLocaleBundleChecked(locale, bundle) {
  if (!LOCALE_RE.test(locale) || !BUNDLE_RE.test(bundle)) {
    throw new Error('invalid locale bundle');
  }
  return fs.readFile(path.join(L10N_ROOT, locale, bundle), 'utf8');
}

module.exports = { readLocaleBundle, readLocaleBundleChecked };
