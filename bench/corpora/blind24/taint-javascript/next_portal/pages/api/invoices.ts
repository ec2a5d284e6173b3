import type { NextApiRequest, NextApiResponse } from 'next';
import { invoicesFor, invoicesMatching } from '../../lib/db';

const COLUMNS = new Set(['status', 'currency']);

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { account, column, value } = req.query as Record<string, string>;
  if (column && COLUMNS.has(column)) {
    // expect: sql-injection
    return res.json(await invoicesMatching(column, value));
  }
  return res.json(await invoicesFor(account));
}
