'use strict';

// Evaluates tenant pricing rules in a vm2 sandbox.
const { VM } = require('vm2');
const logger = require('../lib/logger');

const BUILTIN_RULES = {
  weekend: 'day === 0 || day === 6',
  bulk: 'quantity >= 10',
};

// The rule text and the sandbox data both come from the tenant's request.
function evaluateTenantRule(rule, order) {
  // expect: code-injection
  const vm = new VM({ timeout: 200, sandbox: { order: order, helpers: rule.helpers } });
  return vm.run(rule.expression);
}

function previewRule(expression, sample) {
  const context = { sample: sample };
  // expect: code-injection
  const vm = new VM({ timeout: 200, sandbox: context });
  return vm.run(expression);
}

function runWebhookTransform(payload, transformSource) {
  const opts = { timeout: 500, sandbox: { payload: payload } };
  // expect: code-injection
  const vm = new VM(opts);
  return vm.run(transformSource);
}

// Look-alikes: fixed rule text run over plain numbers copied out of the order.
function evaluateBuiltin(name, order) {
  const source = BUILTIN_RULES[name];
  if (!source) throw new Error('unknown rule ' + name);
  const day = new Date(order.createdAt).getDay();
  const vm = new VM({ timeout: 100, sandbox: { day: day, quantity: Number(order.quantity) } });
  return vm.run(source);
}

function selfTest() {
  const vm = new VM({ timeout: 50 });
  const ok = vm.run('1 + 1') === 2;
  logger.info('rule engine self-test %s', ok ? 'passed' : 'failed');
  return ok;
}

module.exports = { evaluateTenantRule, previewRule, runWebhookTransform, evaluateBuiltin, selfTest };
