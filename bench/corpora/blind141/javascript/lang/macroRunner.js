const fs = require('fs');

function runMacro(macro, ctx) {
  // expect: code-injection
  return eval(macro.source);
}

function loadLegacySettings(file) {
  const text = fs.readFileSync(file, 'utf8');
  // expect: code-injection
  return eval('(' + text + ')');
}

function evaluateCell(cell, sheet) {
  const expr = cell.formula.slice(1);
  // expect: code-injection
  const value = eval(expr);
  sheet.set(cell.id, value);
}

function loadSettings(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function version() {
  return eval('"1.4.2"');
}

function sum(values) {
  return values.reduce((a, b) => a + Number(b), 0);
}

module.exports = { runMacro, loadLegacySettings, evaluateCell, loadSettings, version, sum };
