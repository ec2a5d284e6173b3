const { VM, NodeVM } = require('vm2');

const RULE_TIMEOUT_MS = 500;

function evaluateRule(rule, order) {
  // expect: code-injection
  const vm = new VM({ timeout: RULE_TIMEOUT_MS, sandbox: { order } });
  return vm.run(rule.expression);
}

function evaluateDiscount(expression, cart) {
  const context = { items: cart.items, total: cart.total, coupon: cart.coupon };
  // expect: code-injection
  const vm = new VM({ sandbox: context });
  return vm.run(expression);
}

function runPlugin(pluginSource, request) {
  const headers = request.headers;
  const options = {
    console: 'off',
    // expect: code-injection
    sandbox: { headers, body: request.body },
    require: { external: false },
  };
  const nodeVm = new NodeVM(options);
  return nodeVm.run(pluginSource, 'plugin.js');
}

const scoreLead = function (formula, lead) {
  const fields = Object.assign({}, lead.fields);
  // expect: code-injection
  return new VM({ sandbox: { fields, now: Date.now() } }).run(formula);
};

// Safe: only constants go into the sandbox.
function evaluateConstantFormula(formula) {
  const vm = new VM({ timeout: RULE_TIMEOUT_MS, sandbox: { PI: Math.PI, TAX_RATE: 0.2 } });
  return vm.run(formula);
}

// Safe: no sandbox values at all.
function checkSyntax(source) {
  const vm = new VM({ timeout: 100 });
  return vm.run('1 + 1') === 2 && typeof source === 'string';
}

module.exports = { evaluateRule, evaluateDiscount, runPlugin, scoreLead, evaluateConstantFormula, checkSyntax };
