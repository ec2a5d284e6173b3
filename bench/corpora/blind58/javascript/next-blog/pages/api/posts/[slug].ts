import type { NextApiRequest, NextApiResponse } from 'next';
import { countViews, findPostBySlug } from '../../../lib/posts';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    res.setHeader('Allow', 'GET');
    return res.status(405).end();
  }

  const slug = Array.isArray(req.query.slug) ? req.query.slug[0] : req.query.slug ?? '';
  const post = await findPostBySlug(slug);
  if (!post) {
    return res.status(404).json({ error: 'not found' });
  }

  const period = typeof req.query.period === 'string' ? req.query.period : 'total';
  const [stats] = await countViews(slug, period);

  if (req.query.format === 'html') {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    // expect: xss
    return res.send(`<article><h1>${post.title}</h1><p class="ref">from ${req.query.ref}</p>${post.body}</article>`);
  }

  return res.status(200).json({ ...post, views: stats?.n ?? 0 });
}
