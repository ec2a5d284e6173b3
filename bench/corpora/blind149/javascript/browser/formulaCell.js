// Spreadsheet-like cells in the shared budget sheet (cells are edited by any collaborator).
const sheet = window.__SHEET__;

function evaluateCell(cell) {
  // expect: code-injection
  const compute = new Function('with (this) { return (' + cell.formula + '); }');
  return compute.call(sheet.values);
}

function runCellScript(cell) {
  // expect: code-injection
  const script = new Function(cell.script);
  script();
}

function validator(rule) {
  // expect: code-injection
  const check = new Function('return ' + rule.expression + ';');
  return check();
}

// Look-alikes: constant bodies, and a parser that never runs code.
const getGlobal = new Function('return this');
getGlobal();

function sumRange(values) {
  const add = new Function('a', 'b', 'return a + b');
  return values.reduce((acc, v) => add(acc, Number(v) || 0), 0);
}

function parseNumber(text) {
  const n = Number.parseFloat(String(text).replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}

document.querySelectorAll('[data-cell]').forEach((el) => {
  const cell = sheet.cells[el.dataset.cell];
  if (!cell) return;
  if (cell.formula) el.textContent = String(evaluateCell(cell));
  else if (cell.script) runCellScript(cell);
  else if (cell.rule) el.dataset.valid = String(validator(cell.rule));
  else el.textContent = String(parseNumber(cell.raw) ?? sumRange(cell.range || []));
});
