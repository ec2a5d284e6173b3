// Spreadsheet-style formula cells for the pricing dashboard.
// Cells hold small expressions typed by workspace members; they are
// compiled in the browser and re-evaluated when their inputs change.

const CACHE = new Map();

function compileCell(cell) {
  const body = 'return (' + cell.formula + ');';
  // expect: code-injection
  const evaluate = new Function(body);
  CACHE.set(cell.id, evaluate);
  return evaluate();
}

function runMacro(macroSource) {
  // expect: code-injection
  const macro = new Function(`"use strict"; ${macroSource}`);
  return macro();
}

function evalWithScope(scope, expr) {
  const names = Object.keys(scope);
  // expect: code-injection
  const fn = new Function(...names, 'return ' + expr);
  return fn(...names.map((n) => scope[n]));
}

async function loadRemoteTransform(url) {
  const res = await fetch(url);
  const src = await res.text();
  // expect: code-injection
  const transform = new Function('rows', src);
  return transform;
}

// Safe look-alikes: constant bodies, no caller text.
const getGlobal = new Function('return this');
const sum = new Function('a', 'b', 'return a + b');

function parseCellValue(raw) {
  const n = Number.parseFloat(raw);
  return Number.isNaN(n) ? JSON.parse(JSON.stringify(raw)) : n;
}

function bindHandler(handler, ctx) {
  return Function.prototype.bind.call(handler, ctx);
}

module.exports = { compileCell, runMacro, evalWithScope, loadRemoteTransform, getGlobal, sum, parseCellValue, bindHandler };
