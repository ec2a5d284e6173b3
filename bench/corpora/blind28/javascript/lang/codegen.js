// Builds small predicate functions from the rule editor's expressions.
const vm = require('vm');

function compileRule(rule) {
  // expect: code-injection
  const src = 'function (row) { return ' + rule.expression + '; }';
  return vm.runInNewContext('(' + src + ')');
}

function compileMapper(fields) {
  // expect: code-injection
  const body = `(row) => ({ ${fields.map((f) => `${f.alias}: row.${f.path}`).join(', ')} })`;
  return eval(body);
}

function compileFilter(expr) {
  // expect: code-injection
  return new Function('row', 'return eval(' + JSON.stringify(expr) + ')');
}

function compileSorter(key) {
  let code = '(a, b) => ';
  // expect: code-injection
  code += 'a.' + key + ' - b.' + key;
  return vm.runInNewContext(code);
}

function describeFailure(err, rule) {
  return 'Function ' + rule.name + ' failed: ' + err.message;
}

function logEvaluation(rule, ms) {
  console.info('evaluation of ' + rule.name + ' took ' + ms + 'ms');
}

const FIXED_PREDICATES = {
  active: (row) => row.status === 'active',
  overdue: (row) => row.dueDate < Date.now(),
};

module.exports = { compileRule, compileMapper, compileFilter, compileSorter, describeFailure, logEvaluation, FIXED_PREDICATES };
