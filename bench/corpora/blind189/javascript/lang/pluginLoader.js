'use strict';

const fs = require('fs');
const path = require('path');
const logger = require('../logger');

const PLUGIN_DIR = path.resolve(__dirname, '..', 'plugins');
const LOCALES = new Set(['en', 'de', 'fr', 'es']);
const BUILTIN = {
  csv: require('./exporters/csv'),
  xlsx: require('./exporters/xlsx'),
};

// Plugins are folders uploaded by workspace admins through the web UI; each
// has a manifest.json naming its entry file.
function loadWorkspacePlugin(workspaceId, pluginName) {
  const dir = path.join(PLUGIN_DIR, workspaceId, pluginName);
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  // expect: code-injection
  const plugin = require(path.join(dir, manifest.main));
  logger.info({ workspaceId, pluginName }, 'plugin loaded');
  return plugin;
}

function loadMessages(lang) {
  const code = LOCALES.has(lang) ? lang : 'en';
  return require(`../locales/${code}.json`);
}

function exporterFor(format) {
  return BUILTIN[format] || BUILTIN.csv;
}

// Import hooks named in the request query: `?hook=../../some/file`.
function runImportHook(req, rows) {
  // expect: code-injection
  const hook = require('./hooks/' + req.query.hook);
  return hook(rows);
}

module.exports = { loadWorkspacePlugin, loadMessages, exporterFor, runImportHook };
