'use strict';

// Spreadsheet-like formulas for the pricing sheet. Sheets are shared with
// supplier accounts, who edit their own rows, formulas and macros.
const OPERATORS = {
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  div: (a, b) => (b === 0 ? NaN : a / b),
};

function evaluateCell(cell, row) {
  if (typeof cell.value === 'number') {
    return cell.value;
  }
  if (cell.op && OPERATORS[cell.op]) {
    return OPERATORS[cell.op](row[cell.left], row[cell.right]);
  }
  if (typeof cell.formula === 'string') {
    const expression = cell.formula.replace(/\b([a-z_]+)\b/g, 'row.$1');
    // expect: code-injection
    return eval(expression);
  }
  return null;
}

function parseConfig(text) {
  return JSON.parse(text);
}

function legacyDiscount(sheet, customer) {
  // expect: code-injection
  return eval(sheet.discountRule.replace('$tier', customer.tier));
}

function supportsBigInt() {
  try {
    return eval('typeof BigInt === "function"');
  } catch (e) {
    return false;
  }
}

function applyRowScript(row, script) {
  const fn = new Map([['round', Math.round], ['ceil', Math.ceil]]).get(script.name);
  return fn ? fn(row[script.column]) : row[script.column];
}

function runImportedMacro(macro, sheet) {
  const source = macro.body;
  // expect: code-injection
  return eval(source)(sheet);
}

module.exports = { evaluateCell, parseConfig, legacyDiscount, supportsBigInt, applyRowScript, runImportedMacro };
