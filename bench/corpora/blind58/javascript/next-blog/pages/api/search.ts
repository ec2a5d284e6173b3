import type { NextApiRequest, NextApiResponse } from 'next';
import { searchPosts, searchPostsSafe } from '../../lib/posts';

function first(value: string | string[] | undefined, fallback = ''): string {
  if (Array.isArray(value)) return value[0] ?? fallback;
  return value ?? fallback;
}

export default async function search(req: NextApiRequest, res: NextApiResponse) {
  const term = first(req.query.q);
  const tag = first(req.query.tag) || undefined;
  const strict = req.query.strict === '1';

  try {
    const results = strict ? await searchPostsSafe(term) : await searchPosts(term, tag);
    res.status(200).json({ results });
  } catch (error) {
    res.status(500).json({ error: 'search failed' });
  }
}
