import type { NextApiRequest, NextApiResponse } from 'next';
import { searchPosts, searchPostsSafe } from '../../../lib/db';

function first(value: string | string[] | undefined, fallback = ''): string {
  if (Array.isArray(value)) return value[0] ?? fallback;
  return value ?? fallback;
}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    res.setHeader('Allow', 'GET');
    return res.status(405).end();
  }

  const term = first(req.query.q);
  const tag = first(req.query.tag) || undefined;

  try {
    const rows = req.query.v === '2' ? await searchPostsSafe(term, tag) : await searchPosts(term, tag);
    res.status(200).json({ results: rows.map((r) => ({ slug: r.slug, title: r.title })) });
  } catch (err) {
    console.error('search failed', err);
    res.status(500).json({ error: 'search failed' });
  }
}
