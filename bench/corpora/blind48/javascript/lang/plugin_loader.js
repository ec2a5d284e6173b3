'use strict';

// Loads exporters, locale bundles and storage drivers by name.
const path = require('path');
const fs = require('fs');
const express = require('express');

const router = express.Router();
const EXPORTERS_DIR = path.join(__dirname, 'exporters');

router.get('/export/:format', (req, res) => {
  // expect: code-injection
  const exporter = require(path.join(EXPORTERS_DIR, req.params.format));
  exporter.stream(req.query, res);
});

router.get('/i18n', (req, res) => {
  const lang = req.acceptsLanguages()[0] || req.query.lang;
  // expect: code-injection
  res.json(require(`./locales/${lang}.json`));
});

function storageDriver(settings) {
  // expect: code-injection
  const Driver = require('./drivers/' + settings.storage.driver);
  return new Driver(settings.storage);
}

class HookRunner {
  constructor(manifest) {
    this.manifest = manifest;
  }

  load() {
    // expect: code-injection
    return this.manifest.hooks.map((hook) => require(hook.module));
  }
}

// Safe look-alikes: literal requires, a lookup in a table of literal requires,
// and modules listed from our own directory at start-up.
const drivers = {
  s3: require('./drivers/s3'),
  local: require('./drivers/local'),
};

function knownDriver(name) {
  if (!Object.prototype.hasOwnProperty.call(drivers, name)) throw new Error('unknown driver');
  return drivers[name];
}

const builtinExporters = fs
  .readdirSync(EXPORTERS_DIR)
  .filter((f) => f.endsWith('.js'))
  .map((f) => require(path.join(EXPORTERS_DIR, f)));

module.exports = { router, storageDriver, HookRunner, knownDriver, builtinExporters };
