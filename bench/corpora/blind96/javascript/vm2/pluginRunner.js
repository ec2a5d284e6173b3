'use strict';

const { VM, NodeVM, VMScript } = require('vm2');
const fs = require('fs');
const db = require('./db');

// Runs the formula a tenant stored for a custom field.
async function evaluateCustomField(tenantId, fieldId, record) {
  const field = await db.customFields.findOne({ tenantId, fieldId });
  const vm = new VM({ timeout: 500, sandbox: { record } });
  // expect: code-injection
  return vm.run(field.formula);
}

// Loads a plugin uploaded through the marketplace.
function loadPlugin(pluginPath) {
  const source = fs.readFileSync(pluginPath, 'utf8');
  const nodeVm = new NodeVM({ console: 'redirect', require: { external: false } });
  // expect: code-injection
  return nodeVm.run(source, pluginPath);
}

// Precompiles webhook transforms received from the queue.
function compileTransform(message) {
  const { transform } = JSON.parse(message.body);
  // expect: code-injection
  return new VMScript(transform, 'transform.js');
}

function runRule(rule, input) {
  // expect: code-injection
  return new VM({ timeout: 100, sandbox: { input } }).run(rule.expression);
}

// Safe look-alikes: literal code, a script precompiled from a literal, and a sandbox holding data only.
function sumOf(values) {
  const vm = new VM({ sandbox: { values } });
  return vm.run('values.reduce((a, b) => a + b, 0)');
}

const defaultScript = new VMScript('module.exports = (x) => x * 2;');

function double(x) {
  const nodeVm = new NodeVM();
  return nodeVm.run(defaultScript)(x);
}

module.exports = { evaluateCustomField, loadPlugin, compileTransform, runRule, sumOf, double };
