const { VM, NodeVM, VMScript } = require('vm2');
const fs = require('fs');
const path = require('path');
const logger = require('../lib/logger');

const HELPERS = fs.readFileSync(path.join(__dirname, 'helpers.js'), 'utf8');
const helperScript = new VMScript(HELPERS, 'helpers.js');

function runUserScript(submission) {
  const vm = new VM({ timeout: 1000, sandbox: { data: submission.data } });
  vm.run(helperScript);
  // expect: code-injection
  return vm.run(submission.code);
}

function compileCustomField(field) {
  // expect: code-injection
  return new VMScript(field.expression, `field-${field.id}.js`);
}

function runIntegration(integration) {
  const vm = new NodeVM({ console: 'inherit', sandbox: {}, require: { external: ['lodash'] } });
  // expect: code-injection
  return vm.run(integration.source, path.join(__dirname, 'integrations', 'index.js'));
}

function healthCheck() {
  const vm = new VM({ timeout: 100 });
  return vm.run('[1, 2, 3].map((n) => n * 2).join(",")');
}

function runBuiltin(name) {
  const file = path.join(__dirname, 'builtins', path.basename(name) + '.js');
  const script = new VMScript(fs.readFileSync(file, 'utf8'), file);
  const vm = new VM({ timeout: 500 });
  return vm.run(script);
}

function evaluate(submission) {
  try {
    return { ok: true, value: runUserScript(submission) };
  } catch (err) {
    logger.warn({ err }, 'script failed');
    return { ok: false, error: err.message };
  }
}

module.exports = { evaluate, compileCustomField, runIntegration, healthCheck, runBuiltin };
