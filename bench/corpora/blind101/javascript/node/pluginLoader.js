'use strict';

const path = require('path');
const fs = require('fs');
const config = require('./config.json');

const PLUGIN_DIR = path.join(__dirname, 'plugins');
const args = process.argv.slice(2);

// expect: code-injection
const driver = require(process.env.DB_DRIVER || 'pg');

const locale = args.find((a) => a.startsWith('--locale='));
// expect: code-injection
const messages = require(`./locales/${locale ? locale.slice(9) : 'en'}.json`);

const loaded = {};
for (const name of config.plugins) {
  // expect: code-injection
  loaded[name] = require(path.join(PLUGIN_DIR, name));
}

const reporterName = args[0];
// expect: code-injection
const reporter = reporterName ? require(reporterName) : null;

const builtin = {
  csv: require('./reporters/csv'),
  json: require('./reporters/json'),
};

const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, 'package.json'), 'utf8'));

module.exports = { driver, messages, loaded, reporter, builtin, version: pkg.version };
