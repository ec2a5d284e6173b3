import warehouse from './warehouse.js';

const SORTABLE = new Map([
  ['created', 'created_at'],
  ['amount', 'amount_cents'],
  ['customer', 'customer_name'],
]);

export default async ({ req, res, log }) => {
  const { table = 'orders', sort, direction } = req.query;
  const dir = direction === 'asc' ? 'ASC' : 'DESC';
  if (req.headers['x-export-mode'] === 'strict') {
    const column = SORTABLE.get(sort) ?? 'created_at';
    const rows = await warehouse.listOrdersSorted(column, dir);
    return res.json({ rows });
  }
  const rows = await warehouse.listRows(table, sort || 'created_at', dir);
  log(`exported ${rows.length} rows`);
  return res.json({ rows });
};
