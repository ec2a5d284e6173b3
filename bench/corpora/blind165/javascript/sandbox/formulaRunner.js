// Evaluates spreadsheet-style formulas of the shared budgeting sheets with the `sandbox`
// package. Any member of a shared sheet (including invited guests) can edit formulas.
'use strict';

const Sandbox = require('sandbox');

const BUILT_INS = {
  sum: 'values.reduce(function (a, b) { return a + b; }, 0)',
  avg: 'values.reduce(function (a, b) { return a + b; }, 0) / values.length',
};

function parseResult(output) {
  const value = Number(output.result);
  return Number.isFinite(value) ? value : null;
}

function evaluateCell(cell, callback) {
  const s = new Sandbox();
  // expect: code-injection
  s.run(cell.formula, (output) => callback(parseResult(output)));
}

function evaluateBuiltIn(name, values, callback) {
  const code = 'var values = ' + JSON.stringify(values.map(Number)) + ';' + (BUILT_INS[name] || BUILT_INS.sum);
  new Sandbox().run(code, (output) => callback(parseResult(output)));
}

function evaluateNamedRange(sheet, rangeName, callback) {
  const expression = sheet.namedRanges[rangeName].expression;
  // expect: code-injection
  new Sandbox().run('(' + expression + ')', (output) => callback(parseResult(output)));
}

function selfTest(callback) {
  const s = new Sandbox();
  s.run('1 + 1', (output) => callback(output.result === '2'));
}

function evaluateImport(rows, callback) {
  const s = new Sandbox();
  const script = rows.map((r) => r.formula).join(';\n');
  // expect: code-injection
  s.run(script, (output) => callback(output.console));
}

function evaluateConstant(callback) {
  new Sandbox().run('Math.round(Math.PI * 100) / 100', (output) => callback(parseResult(output)));
}

module.exports = { evaluateCell, evaluateBuiltIn, evaluateNamedRange, selfTest, evaluateImport, evaluateConstant };
