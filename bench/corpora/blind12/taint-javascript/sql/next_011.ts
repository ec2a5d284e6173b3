// library: Next.js API route + knex (accounts)
// knex (accounts): value from the request (query)
import type { NextApiRequest, NextApiResponse } from 'next';
import Knex from 'knex';

const knex = Knex({ client: 'pg', connection: process.env.DATABASE_URL });
import { getParam } from '../lib/params';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const param = getParam(req, 'status');
  const bar = param;
  // expect: sql-injection
  const rows = await knex('accounts').whereRaw(`nickname = '${bar}'`).select('id');
  res.status(200).json({ ids: rows.map((r) => r.id) });
}
