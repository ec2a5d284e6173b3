'use strict';

const vm = require('vm');
const { VM } = require('vm2');
const safeRegex = require('safe-regex2');

// Evaluates user-authored formulas in the spreadsheet feature.
function runFormula(source, cells) {
  const context = vm.createContext({ cells, Math });
  // expect: code-injection
  return vm.runInContext(source, context, { timeout: 50 });
}

function runFormulaVm2(source, cells) {
  // expect: code-injection
  return new VM({ timeout: 50, sandbox: { cells } }).run(source);
}

function buildGetter(path) {
  // expect: code-injection
  return new Function('obj', 'return obj.' + path);
}

function getter(path) {
  const parts = path.split('.');
  return (obj) => parts.reduce((o, k) => (o == null ? undefined : o[k]), obj);
}

const constantFn = new Function('a', 'b', 'return a + b');

function userPattern(pattern) {
  // expect: regex-dos
  return new RegExp(pattern);
}

function userPatternChecked(pattern) {
  if (!safeRegex(pattern) || pattern.length > 100) throw new Error('pattern rejected');
  return new RegExp(pattern);
}

// expect: regex-dos
const EMAIL = /^([a-zA-Z0-9_.+-]+)+@([a-zA-Z0-9-]+\.)+[a-zA-Z]{2,}$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function literalSearch(term) {
  return new RegExp(escapeRegExp(term), 'i');
}

module.exports = { runFormula, runFormulaVm2, buildGetter, getter, constantFn, userPattern, userPatternChecked, EMAIL, SLUG, literalSearch };
