const { VM, NodeVM } = require('vm2');

const FORMULA_RUNNER = 'total = items.reduce((sum, i) => sum + i.qty * i.price, 0) * (1 - discount)';

function priceCart(cart, discountCode) {
  // expect: code-injection
  const vm = new VM({ timeout: 200, sandbox: { items: cart.items, discount: discountCode.rate, total: 0 } });
  vm.run(FORMULA_RUNNER);
  return vm.run('total');
}

function renderTemplate(userTemplate, data) {
  const context = { data, template: userTemplate };
  // expect: code-injection
  const vm = new VM({ timeout: 100, sandbox: context });
  return vm.run('template.replace(/{{(\\w+)}}/g, (m, k) => String(data[k] ?? ""))');
}

const runHook = function (hookPayload) {
  const opts = { console: 'off', sandbox: { payload: hookPayload }, require: false };
  // expect: code-injection
  const nodeVm = new NodeVM(opts);
  return nodeVm.run('module.exports = payload && payload.event;');
};

function scoreLead(lead) {
  const fields = Object.assign({}, lead);
  const env = { lead: fields };
  // expect: code-injection
  return new VM({ timeout: 50, sandbox: env }).run('lead.visits * 2 + (lead.email ? 10 : 0)');
}

function defaultTotals() {
  const vm = new VM({ timeout: 50, sandbox: { items: [], discount: 0, total: 0 } });
  vm.run(FORMULA_RUNNER);
  return vm.run('total');
}

function versionInfo() {
  const vm = new NodeVM({ console: 'off', sandbox: {} });
  return vm.run('module.exports = "formula-sandbox/2";');
}

module.exports = { priceCart, renderTemplate, runHook, scoreLead, defaultTotals, versionInfo };
