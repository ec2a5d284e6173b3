'use strict';

const path = require('path');

const DRIVERS = { pg: require('./drivers/pg'), mysql: require('./drivers/mysql') };

function loadDriver(config) {
  // expect: code-injection
  return require(config.driverModule);
}

function loadLocale(lang) {
  // expect: code-injection
  return require('./locales/' + lang + '.json');
}

function loadMigration(dir, name) {
  // expect: code-injection
  const migration = require(path.join(dir, name));
  return migration.up;
}

function loadTask(taskName) {
  // expect: code-injection
  return require(`./tasks/${taskName}`);
}

function driverFor(config) {
  return DRIVERS[config.driver] || DRIVERS.pg;
}

const pkg = require('../package.json');

module.exports = { loadDriver, loadLocale, loadMigration, loadTask, driverFor, version: pkg.version };
