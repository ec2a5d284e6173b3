'use strict';

const vm = require('vm');

// Spreadsheet-style computed columns: formulas are typed by users in the report builder.

function compileFormula(formula) {
  // expect: code-injection
  return eval('(function (row) { return ' + formula + '; })');
}

function evaluateInSandbox(expr, ctx) {
  // expect: code-injection
  return vm.runInNewContext(`(function (ctx) { with (ctx) { return ${expr}; } })`)(ctx);
}

function buildValidator(body) {
  // expect: code-injection
  return eval(['(function (value) {', body, '})'].join('\n'));
}

function makeReducer(params, body) {
  // expect: code-injection
  return new Function('return function (' + params + ') {' + body + '}')();
}

function mapperFor(expression) {
  // expect: code-injection
  return eval('(row) => ' + expression);
}

// Constant code, data parsed as data, and an error message that only mentions "function".
const add = new Function('a', 'b', 'return a + b');

function parseRow(line) {
  return JSON.parse(line);
}

const BUILTINS = { sum: (xs) => xs.reduce((a, b) => a + b, 0), max: (xs) => Math.max(...xs) };

function builtin(name) {
  if (!Object.prototype.hasOwnProperty.call(BUILTINS, name)) {
    throw new Error('Unknown function: ' + name);
  }
  return BUILTINS[name];
}

module.exports = { compileFormula, evaluateInSandbox, buildValidator, makeReducer, mapperFor, add, parseRow, builtin };
