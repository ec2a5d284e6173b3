// Parses the query string the @refinedev/simple-rest data provider sends:
// _start, _end, _sort, _order, q, <field>, <field>_like, <field>_ne, <field>_gte, <field>_lte
const OPERATORS = ['_like', '_ne', '_gte', '_lte'];

function parseListParams(query) {
  const start = Number.parseInt(query._start, 10) || 0;
  const end = Number.parseInt(query._end, 10) || start + 10;
  const sort = query._sort ? String(query._sort).split(',') : ['id'];
  const order = query._order ? String(query._order).split(',') : ['asc'];
  const filters = [];
  for (const [key, value] of Object.entries(query)) {
    if (key.startsWith('_') || key === 'q') continue;
    const op = OPERATORS.find((o) => key.endsWith(o));
    filters.push({ field: op ? key.slice(0, -op.length) : key, op: op || '_eq', value });
  }
  return { start, end, sort, order, filters, q: query.q };
}

module.exports = { parseListParams };
