// Spreadsheet-like widgets that compile user formulas with new Function.
const HELPERS = { sum: (...n) => n.reduce((a, b) => a + b, 0) };

export function evaluateCell(formula, row) {
  // expect: code-injection
  const fn = new Function('row', 'helpers', 'return ' + formula + ';');
  return fn(row, HELPERS);
}

export function compileFilter() {
  const expr = document.querySelector('#filter').value;
  // expect: code-injection
  const predicate = new Function('item', `return (${expr});`);
  return items.filter((item) => predicate(item));
}

export class RuleSet {
  constructor(rules) {
    this.rules = rules;
  }
  run(ctx) {
    return this.rules.map((rule) => {
      // expect: code-injection
      const check = new Function('ctx', rule.body);
      return check(ctx);
    });
  }
}

window.addEventListener('message', (event) => {
  const code = event.data && event.data.code;
  // expect: code-injection
  const task = Function(code);
  task();
});

export function fromHash() {
  const src = decodeURIComponent(location.hash.slice(1));
  let handler;
  // expect: code-injection
  handler = new Function(src);
  handler();
}

// Safe look-alikes: a constant body, and a lookup of a named operation.
export function globalThisShim() {
  const getGlobal = new Function('return this');
  return getGlobal();
}

const OPS = { add: (a, b) => a + b, mul: (a, b) => a * b };
export function applyOp(name, a, b) {
  const op = Object.prototype.hasOwnProperty.call(OPS, name) ? OPS[name] : null;
  return op ? op(a, b) : NaN;
}
