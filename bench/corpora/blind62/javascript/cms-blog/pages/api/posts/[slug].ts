import type { NextApiRequest, NextApiResponse } from 'next';
import { getPost, getPublishedPost } from '../../../lib/posts';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    res.setHeader('Allow', 'GET');
    return res.status(405).end();
  }

  const slug = Array.isArray(req.query.slug) ? req.query.slug[0] : req.query.slug ?? '';
  const draft = req.query.draft === '1';

  try {
    if (draft && req.cookies['__editor'] === process.env.EDITOR_TOKEN) {
      const post = await getPost(slug);
      return res.status(200).json(post);
    }
    const post = await getPublishedPost(slug);
    if (!post) return res.status(404).json({ error: 'not found' });
    return res.status(200).json(post);
  } catch (err) {
    return res.status(404).json({ error: 'not found' });
  }
}
