'use strict';

// Computed columns for the analytics export. Column definitions are saved by workspace users
// through the dashboard API (POST /workspaces/:id/columns).
const vm = require('vm');

const BUILTINS = {
  round: (x, d = 0) => Math.round(x * 10 ** d) / 10 ** d,
  pct: (a, b) => (b ? (a / b) * 100 : 0),
};

function compileColumn(definition) {
  // expect: code-injection
  return eval('(row) => (' + definition.expression + ')');
}

function compileBuiltin(definition) {
  const fn = BUILTINS[definition.builtin];
  if (typeof fn !== 'function') {
    throw new Error('Unknown function: ' + definition.builtin);
  }
  return (row) => fn(...definition.args.map((name) => Number(row[name])));
}

function describe(definition) {
  if (definition.builtin) {
    return 'function ' + definition.builtin + '(' + definition.args.join(', ') + ')';
  }
  return 'expression ' + JSON.stringify(definition.expression);
}

function compileTemplate(definition) {
  // Templates only interpolate row fields by name: "{first} {last}".
  return (row) => String(definition.template).replace(/\{([a-zA-Z_][a-zA-Z0-9_]{0,40})\}/g, (m, key) => String(row[key] ?? ''));
}

function compileSandboxed(definition) {
  // expect: code-injection
  const script = new vm.Script('(function (row) { return ' + definition.expression + '; })');
  return script.runInNewContext({ Math });
}

function buildColumns(definitions, opts = {}) {
  return definitions.map((d) => {
    let fn;
    if (d.builtin) fn = compileBuiltin(d);
    else if (d.template) fn = compileTemplate(d);
    else fn = opts.sandbox ? compileSandboxed(d) : compileColumn(d);
    return { name: d.name, label: describe(d), fn };
  });
}

module.exports = { buildColumns };
