// library: browser JavaScript (Function constructor on page data)
const params = new URLSearchParams(window.location.search);

export function applyFilter(rows) {
  const expr = params.get('filter') || 'true';
  // expect: code-injection
  const predicate = new Function('row', 'return ' + expr + ';');
  return rows.filter(predicate);
}

const SORTERS = {
  name: (a, b) => a.name.localeCompare(b.name),
  date: (a, b) => new Date(a.date) - new Date(b.date),
};

export function sortRows(rows) {
  const key = params.get('sort');
  const sorter = Object.hasOwn(SORTERS, key) ? SORTERS[key] : SORTERS.name;
  return [...rows].sort(sorter);
}

export function compileFormula(cell) {
  // expect: code-injection
  return Function('ctx', `with (ctx) { return (${cell.dataset.formula}); }`);
}

export const noop = new Function();
export const identity = new Function('x', 'return x;');

export function onMessage(event) {
  if (event.origin !== window.location.origin) return;
  // expect: code-injection
  const handler = new Function('payload', event.data.code);
  handler(event.data.payload);
}
