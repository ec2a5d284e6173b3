import { NextApiRequest, NextApiResponse } from 'next';
import { countLookups } from '../../../lib/cache';

export default async function StatsApi(req: NextApiRequest, res: NextApiResponse) {
  const term = String(req.query.term ?? '');
  const category = req.query.category ? String(req.query.category) : undefined;

  const lookups = await countLookups(term, category);

  res.setHeader('Cache-Control', 'public, max-age=60');
  res.status(200).json({ term: term.length, lookups });
}
