// library: node:vm (compileFunction)
const vm = require('node:vm');

const BUILTIN_RULES = {
  vip: 'return order.total > 500;',
  domestic: "return order.country === 'NL';",
};

function compileRule(ruleSource) {
  // expect: code-injection
  return vm.compileFunction(ruleSource, ['order'], { parsingContext: vm.createContext({}) });
}

function compileDiscount(expr) {
  // expect: code-injection
  const fn = vm.compileFunction(`return ${expr};`, ['price', 'qty']);
  return fn;
}

function compileBuiltin(name) {
  const source = BUILTIN_RULES[name];
  if (!source) throw new Error(`unknown rule ${name}`);
  return vm.compileFunction(source, ['order']);
}

function identity() {
  return vm.compileFunction('return x;', ['x']);
}

module.exports = { compileRule, compileDiscount, compileBuiltin, identity };
