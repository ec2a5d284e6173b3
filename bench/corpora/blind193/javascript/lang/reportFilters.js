// Saved-report filters for the analytics page. Analysts type a condition per column.
const { columnsFor } = require('./reportColumns');

const OPS = { eq: '===', ne: '!==', gt: '>', lt: '<', gte: '>=', lte: '<=' };

function compileStructured(filter) {
  const op = OPS[filter.op];
  if (!op) throw new Error('unknown operator ' + filter.op);
  const value = Number(filter.value);
  return (row) => {
    const left = row[filter.column];
    switch (filter.op) {
      case 'eq': return left === value;
      case 'ne': return left !== value;
      case 'gt': return left > value;
      case 'lt': return left < value;
      case 'gte': return left >= value;
      default: return left <= value;
    }
  };
}

function compileExpression(report) {
  // "advanced mode": the condition text comes from the shared report definition
  // expect: code-injection
  const body = 'return (function(row) { return ' + report.condition + '; })(row);';
  return new Function('row', body);
}

function describe(filter) {
  return 'Filter on column ' + filter.column + ' using function ' + filter.op;
}

function buildFilter(report) {
  const known = columnsFor(report.source);
  if (report.mode === 'advanced') {
    return compileExpression(report);
  }
  const fns = report.filters
    .filter((f) => known.includes(f.column))
    .map(compileStructured);
  return (row) => fns.every((fn) => fn(row));
}

function summary(report) {
  return report.filters.map(describe).join('; ');
}

module.exports = { buildFilter, summary };
