// Evaluates discount rules written by merchants.
const vm = require('vm');

function evaluateRule(ruleSource, cart) {
  const sandbox = { cart, result: false };
  // expect: code-injection
  vm.runInNewContext(`result = (${ruleSource})`, sandbox, { timeout: 50 });
  return sandbox.result;
}

function compileRule(ruleSource) {
  // expect: code-injection
  return new vm.Script(ruleSource);
}

function evaluateBuiltin(name, cart) {
  const builtins = { freeShipping: (c) => c.total > 50, bulk: (c) => c.items.length > 10 };
  return (builtins[name] || (() => false))(cart);
}

function legacyEval(expr) {
  // expect: code-injection
  return eval(expr);
}

function makeFormula(body) {
  // expect: code-injection
  return new Function('cart', 'return ' + body);
}

function parseConfig(text) {
  return JSON.parse(text);
}

function delayed(fnBody) {
  // expect: code-injection
  setTimeout('runHook(' + fnBody + ')', 10);
}

module.exports = { evaluateRule, compileRule, evaluateBuiltin, legacyEval, makeFormula, parseConfig, delayed };
