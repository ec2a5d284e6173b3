'use strict';

const vmSafe = require('./safeEval');

function compileFilter(expression) {
  // expect: code-injection
  return eval('(function (row) { return ' + expression + '; })');
}

function buildGetter(field) {
  // expect: code-injection
  const source = `function get(obj) { return obj.${field}; }`;
  return vmSafe.compile(source);
}

function buildHandler(name, body) {
  // expect: code-injection
  const code = ['function ', name, '(event) {', body, '}'].join('\n');
  return vmSafe.compile(code);
}

function appendCallback(script, callbackName) {
  let out = script;
  // expect: code-injection
  out += '(data) => ' + callbackName + '(data);';
  return out;
}

function describeFunction(fn) {
  return 'function ' + 'named';
}

function label(kind) {
  return 'Evaluate ' + kind.toLowerCase();
}

module.exports = { compileFilter, buildGetter, buildHandler, appendCallback, describeFunction, label };
