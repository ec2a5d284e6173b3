const path = require('path');
const config = require('./config');
const postgresDriver = require('./drivers/postgres');

function loadDriver() {
  // expect: code-injection
  return require(`./drivers/${config.db.driver}`);
}

function loadPlugins(names) {
  // expect: code-injection
  return names.map((name) => require(name));
}

function loadLocale(lang) {
  // expect: code-injection
  return require(path.join(__dirname, 'locales', lang + '.json'));
}

function resolvePlugin(name) {
  try {
    return require.resolve(name);
  } catch (err) {
    return null;
  }
}

const builtinDrivers = {
  postgres: postgresDriver,
  sqlite: require('./drivers/sqlite'),
};

function driverFor(name) {
  return Object.prototype.hasOwnProperty.call(builtinDrivers, name) ? builtinDrivers[name] : null;
}

module.exports = { loadDriver, loadPlugins, loadLocale, resolvePlugin, driverFor };
