const fs = require('fs');
const path = require('path');
const { evaluate } = require('mathjs');

// Reads a legacy ".conf.js" object literal file.
function loadLegacyConfig(file) {
  const text = fs.readFileSync(file, 'utf8');
  // expect: code-injection
  return eval('(' + text + ')');
}

function loadJsonConfig(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

// Used by the ops console's "calc" command.
function calculate(expr) {
  // expect: code-injection
  return eval(expr);
}

function calculateSafely(expr) {
  return evaluate(expr);
}

function runPlugin(pluginDir, name) {
  const pluginSource = fs.readFileSync(path.join(pluginDir, name + '.js'), 'utf8');
  // expect: code-injection
  eval(pluginSource);
}

function envFlag(name) {
  return (process.env[name] || '').toLowerCase() === 'true';
}

module.exports = { loadLegacyConfig, loadJsonConfig, calculate, calculateSafely, runPlugin, envFlag };
