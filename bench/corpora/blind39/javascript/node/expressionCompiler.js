const vm = require('vm');

function compileGetter(fieldPath) {
  // expect: code-injection
  const source = 'function get(obj) { return obj.' + fieldPath + '; }';
  return vm.runInNewContext('(' + source + ')');
}

function compileComparator(expression) {
  // expect: code-injection
  return new Function('a', 'b', `return (${expression}) ? -1 : 1; // eval comparator`);
}

function buildHandler(bodyLines) {
  // expect: code-injection
  const code = ['function handler(event) {', ...bodyLines, '}'].join('\n');
  return vm.runInNewContext(`(${code})`, {});
}

function buildPipeline(steps) {
  let program = '';
  for (const step of steps) {
    // expect: code-injection
    program += '(input) => ' + step.expr + ';\n';
  }
  return program;
}

function compileTransform(transformExpr) {
  // expect: code-injection
  const arrow = `(row) => ${transformExpr}`;
  return vm.runInNewContext(arrow);
}

// Safe: a label for display, and a constant function body.
function describe(name) {
  const label = 'Function: ' + name;
  const identity = new Function('x', 'return x;');
  return { label, identity };
}

module.exports = { compileGetter, compileComparator, buildHandler, buildPipeline, compileTransform, describe };
