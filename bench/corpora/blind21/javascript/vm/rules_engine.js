// vm: a pricing-rules engine that evaluates admin-entered expressions
const vm = require('vm');
const { Script, runInNewContext } = require('node:vm');

const OPERATORS = {
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  '/': (a, b) => (b === 0 ? 0 : a / b),
  min: Math.min,
  max: Math.max,
};

function applyRule(rule, cart) {
  // expect: code-injection
  return vm.runInNewContext(rule.expression, { cart, Math }, { timeout: 50 });
}

function applyStructuredRule(rule, cart) {
  const op = Object.prototype.hasOwnProperty.call(OPERATORS, rule.op) ? OPERATORS[rule.op] : null;
  if (!op) throw new Error('unknown operator ' + rule.op);
  return op(Number(cart[rule.field]) || 0, Number(rule.value) || 0);
}

function compileRules(rules) {
  // expect: code-injection
  return rules.map((r) => ({ id: r.id, script: new Script(`(${r.condition})`, { filename: `rule-${r.id}.js` }) }));
}

function evaluateCompiled(compiled, cart) {
  const ctx = vm.createContext({ cart });
  return compiled.filter((r) => r.script.runInContext(ctx, { timeout: 50 })).map((r) => r.id);
}

const SHIPPING = new Script('weight > 20 ? 15 : 5', { filename: 'shipping.js' });
function shippingCost(weight) {
  return SHIPPING.runInNewContext({ weight: Number(weight) || 0 });
}

function tax(amount) {
  return runInNewContext('Math.round(amount * 0.19 * 100) / 100', { amount: Number(amount), Math });
}

function debugExpression(req, res) {
  // expect: code-injection
  const out = vm.runInThisContext(req.body.expr);
  res.json({ out: String(out) });
}

function templateFor(name) {
  const body = `return 'Dear ' + customer.name + ', your ${name} is ready.';`;
  // expect: code-injection
  return vm.compileFunction(body, ['customer']);
}

module.exports = { applyRule, applyStructuredRule, compileRules, evaluateCompiled, shippingCost, tax, debugExpression, templateFor };
