// library: node:vm (runInNewContext / Script / runInContext)
const vm = require('node:vm');

function evaluateRule(ruleSource, order) {
  const sandbox = { order, result: false };
  // expect: code-injection
  vm.runInNewContext(ruleSource, sandbox, { timeout: 50 });
  return sandbox.result;
}

const DISCOUNT = new vm.Script('result = order.total > 100 ? 0.1 : 0');

function evaluateDiscount(order) {
  const sandbox = { order, result: 0 };
  DISCOUNT.runInNewContext(sandbox, { timeout: 50 });
  return sandbox.result;
}

function compileTemplate(templateBody) {
  // expect: code-injection
  const script = new vm.Script('`' + templateBody + '`');
  return (vars) => script.runInNewContext(vars);
}

function runPlugin(pluginCode, context) {
  const ctx = vm.createContext({ context, console });
  // expect: code-injection
  return vm.runInContext(pluginCode, ctx);
}

module.exports = { evaluateRule, evaluateDiscount, compileTemplate, runPlugin };
