// Spreadsheet-style cells for the shared budget planner. Sheets are shared with
// everyone in the workspace (and via public links).
const NUMERIC = /^[\d\s.+\-*/()A-Z:]+$/;

function cellRefs(expr) {
  return expr.match(/[A-Z]+\d+/g) || [];
}

function compileArithmetic(expr) {
  if (!NUMERIC.test(expr)) throw new Error('Only arithmetic is allowed');
  const refs = cellRefs(expr);
  const body = 'return ' + expr.replace(/[A-Z]+\d+/g, (ref) => `cells["${ref}"]`) + ';';
  const fn = new Function('cells', body);
  return { fn, refs };
}

function compileScript(cell) {
  // "script cells" run any JavaScript the sheet's author typed
  // expect: code-injection
  const run = new Function('cells', 'sheet', cell.script);
  return run(cell.sheet.values, cell.sheet);
}

function evaluate(sheet, id) {
  const cell = sheet.cells[id];
  if (!cell) return null;
  if (cell.kind === 'number') return Number(cell.value);
  if (cell.kind === 'script') return compileScript({ script: cell.source, sheet });
  const { fn } = compileArithmetic(cell.formula);
  return fn(sheet.values);
}

function globalObject() {
  const getGlobal = new Function('return this');
  return getGlobal();
}

export function recalc(sheet) {
  Object.keys(sheet.cells).forEach((id) => {
    sheet.values[id] = evaluate(sheet, id);
  });
  globalObject().dispatchEvent(new CustomEvent('sheet:recalc', { detail: { id: sheet.id } }));
  return sheet.values;
}
