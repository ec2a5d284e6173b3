// Compiles pricing rules typed by merchants in the admin UI into predicate functions.
const vm = require('vm');

function compilePredicate(rule) {
  // expect: code-injection
  const src = 'return function (order) { return ' + rule.condition + '; }';
  return new Function(src)();
}

function compileFormula(formula) {
  // expect: code-injection
  return eval(`(order) => ${formula.expression}`);
}

function compileBatch(rules) {
  // expect: code-injection
  const body = [
    'function check(order) {',
    '  return ' + rules.map((r) => `(${r.condition})`).join(' && ') + ';',
    '}',
    'check',
  ].join('\n');
  return vm.runInNewContext(body, {});
}

function compileDiscount(discount) {
  let code = 'var pct = ' + Number(discount.percent) + ';';
  // expect: code-injection
  code += 'eval(' + JSON.stringify(discount.extra) + ');';
  return code;
}

function describe(rule) {
  return 'Rule ' + rule.name + ' applies when ' + rule.humanText;
}

function fieldGetter(field) {
  const ALLOWED = ['total', 'itemCount', 'country'];
  if (!ALLOWED.includes(field)) throw new Error('unknown field');
  return (order) => order[field];
}

module.exports = { compilePredicate, compileFormula, compileBatch, compileDiscount, describe, fieldGetter };
