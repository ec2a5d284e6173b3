const { VM, NodeVM } = require('vm2');

const RULES = {
  bigOrder: 'order.total > 1000',
  vip: 'customer.tier === "gold"',
};

function evaluateRule(name, order, customer) {
  // expect: code-injection
  const vm = new VM({ timeout: 100, sandbox: { order, customer } });
  return vm.run(RULES[name]);
}

function countItems(payload) {
  const context = { payload };
  // expect: code-injection
  const vm = new NodeVM({ sandbox: context, require: false, console: 'off' });
  return vm.run('module.exports = payload.items.length');
}

function scoreLead(req, res) {
  const opts = { timeout: 50, sandbox: { lead: req.body.lead } };
  // expect: code-injection
  const vm = new VM(opts);
  res.json({ score: vm.run('lead.visits * 2 + lead.emailsOpened') });
}

const mathVm = new VM({ timeout: 50, sandbox: { Math } });

function circleArea() {
  return mathVm.run('Math.PI * 2 * 2');
}

module.exports = { evaluateRule, countItems, scoreLead, circleArea };
