'use strict';

const path = require('path');
const fs = require('fs');
const config = require('./config.json');

const PLUGIN_DIR = path.join(__dirname, '..', 'plugins');

// Loads every plugin listed in the config file.
function loadConfiguredPlugins() {
  return config.plugins.map((name) => {
    // expect: code-injection
    const plugin = require(path.join(PLUGIN_DIR, name));
    return plugin.init ? plugin.init(config) : plugin;
  });
}

// Driver chosen by an environment variable: `DB_DRIVER=pg`.
function loadDriver() {
  const driverName = process.env.DB_DRIVER || 'pg';
  // expect: code-injection
  return require(`./drivers/${driverName}`);
}

// Locale bundles are picked from the request header.
function localeMiddleware(req, res, next) {
  const lang = (req.headers['accept-language'] || 'en').split(',')[0];
  // expect: code-injection
  res.locals.messages = require('../locales/' + lang + '.json');
  next();
}

class ThemeRegistry {
  constructor(dir) {
    this.dir = dir;
  }

  load(themeName) {
    const file = this.dir + '/' + themeName;
    // expect: code-injection
    return require(file);
  }
}

// Safe: literal requires, and a fixed map of modules loaded at start-up.
const drivers = {
  pg: require('./drivers/pg'),
  mysql: require('./drivers/mysql'),
};

function pickDriver(name) {
  return Object.prototype.hasOwnProperty.call(drivers, name) ? drivers[name] : drivers.pg;
}

// Safe: require.resolve of a literal for a version banner.
const pkgVersion = JSON.parse(fs.readFileSync(require.resolve('../package.json'), 'utf8')).version;

module.exports = { loadConfiguredPlugins, loadDriver, localeMiddleware, ThemeRegistry, pickDriver, pkgVersion };
