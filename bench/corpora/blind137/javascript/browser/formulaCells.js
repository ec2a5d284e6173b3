// Spreadsheet-like widget: cells may hold formulas typed by the user.

function evaluateCell(cell) {
  if (typeof cell.formula !== 'string' || cell.formula[0] !== '=') {
    return cell.raw;
  }
  // expect: code-injection
  const compute = new Function('return (' + cell.formula.slice(1) + ');');
  return compute();
}

function bindInlineHandlers(root) {
  root.querySelectorAll('[data-onclick]').forEach((el) => {
    el.addEventListener('click', () => {
      // expect: code-injection
      const handler = new Function(el.getAttribute('data-onclick'));
      handler();
    });
  });
}

function bootWidget(widgetConfig) {
  // expect: code-injection
  const init = new Function(widgetConfig.bootstrap);
  init();
}

function globalObject() {
  const getGlobal = new Function('return this');
  return getGlobal();
}

function parseCellNumber(cell) {
  const n = Number.parseFloat(cell.raw);
  return Number.isNaN(n) ? 0 : n;
}

function sumColumn(cells) {
  return cells.map(parseCellNumber).reduce((a, b) => a + b, 0);
}

window.sheet = { evaluateCell, bindInlineHandlers, bootWidget, globalObject, sumColumn };
