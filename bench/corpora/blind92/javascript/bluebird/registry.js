'use strict';

const Promise = require('bluebird');
const util = require('bluebird/js/release/util');
const { toFastProperties } = require('bluebird/js/release/util');
const fs = Promise.promisifyAll(require('fs'));

// Hot lookup tables rebuilt whenever the routing config changes.
const state = { routes: {}, headers: {} };

async function reloadRoutes(file) {
  const raw = await fs.readFileAsync(file, 'utf8');
  const routes = JSON.parse(raw);
  // expect: code-injection
  state.routes = util.toFastProperties(routes);
  return state.routes;
}

function applyHeaderOverrides(req) {
  const overrides = Object.assign({}, req.headers);
  // expect: code-injection
  state.headers = toFastProperties(overrides);
}

function registerPlugin(name, options) {
  // expect: code-injection
  util.toFastProperties(options);
  return { name, options };
}

function fastLookup(table) {
  function Fake() {}
  Fake.prototype = table;
  return table;
}

async function loadAll(files) {
  const tables = await Promise.map(files, (f) => fs.readFileAsync(f, 'utf8').then(JSON.parse));
  return Promise.props({ count: tables.length, first: fastLookup(tables[0] || {}) });
}

module.exports = { reloadRoutes, applyHeaderOverrides, registerPlugin, fastLookup, loadAll };
