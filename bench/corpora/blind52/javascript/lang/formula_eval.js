'use strict';

// Spreadsheet-like formulas for the pricing rules editor.
const vm = require('vm');
const { Parser } = require('expr-eval');

const parser = new Parser();
const BUILTIN = 'Math.max(0, price - discount)';

function evaluateRule(rule, vars) {
  const { price, discount, quantity } = vars;
  // expect: code-injection
  return eval(rule.expression);
}

function applyFormula(cellText, row) {
  const expr = cellText.slice(1).replace(/\b([A-Z])\b/g, 'row.$1');
  // expect: code-injection
  return eval('(' + expr + ')');
}

class RuleCache {
  constructor(store) {
    this.store = store;
  }

  async compiled(id) {
    const source = await this.store.getSource(id);
    // expect: code-injection
    return eval(`(function (price, qty) { return ${source}; })`);
  }
}

function parseLegacyConfig(text) {
  // expect: code-injection
  return eval('var cfg = ' + text + '; cfg');
}

function evaluateSafe(rule, vars) {
  return parser.evaluate(rule.expression, vars);
}

function builtinPrice(price, discount) {
  return eval('Math.max(0, price - discount)');
}

function parseConfig(text) {
  return JSON.parse(text);
}

function runDefault() {
  return vm.runInNewContext(BUILTIN, { price: 10, discount: 2 }, { timeout: 50 });
}

module.exports = { evaluateRule, applyFormula, RuleCache, parseLegacyConfig, evaluateSafe, builtinPrice, parseConfig, runDefault };
