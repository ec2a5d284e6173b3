'use strict';

const path = require('path');
const fs = require('fs');
const express = require('express');
const postgresDriver = require('./drivers/postgres');
const sqliteDriver = require('./drivers/sqlite');

const DRIVERS = { postgres: postgresDriver, sqlite: sqliteDriver };
const LOCALE_DIR = path.join(__dirname, 'locales');
const config = JSON.parse(fs.readFileSync(path.join(__dirname, 'app.config.json'), 'utf8'));

// expect: code-injection
const storageAdapter = require(config.storage.adapter);

// expect: code-injection
const plugins = (config.plugins || []).map((name) => require(name));

const router = express.Router();

router.get('/i18n/:lang', (req, res) => {
  // expect: code-injection
  const messages = require(path.join(LOCALE_DIR, req.params.lang));
  res.json(messages);
});

const loadReporter = (format) =>
  // expect: code-injection
  require(`./reporters/${format}-reporter`);

const pickDriver = (name) => {
  const driver = DRIVERS[name];
  if (!driver) throw new Error(`unknown driver ${name}`);
  return driver;
};

module.exports = { storageAdapter, plugins, router, loadReporter, pickDriver };
