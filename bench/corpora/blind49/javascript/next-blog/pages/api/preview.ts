import type { NextApiRequest, NextApiResponse } from 'next';
import { postBySlug } from '../../lib/db';

const PREVIEW_SECRET = process.env.PREVIEW_SECRET;

export default async function preview(req: NextApiRequest, res: NextApiResponse) {
  const { secret, slug, redirect: redirectTo } = req.query as Record<string, string>;

  if (!PREVIEW_SECRET || secret !== PREVIEW_SECRET) {
    return res.status(401).json({ message: 'Invalid token' });
  }

  const post = await postBySlug(slug);
  if (!post) {
    return res.status(404).json({ message: 'Unknown slug' });
  }

  res.setPreviewData({ slug: post.slug });

  if (redirectTo) {
    // expect: open-redirect
    res.writeHead(307, { Location: redirectTo });
    return res.end();
  }

  res.redirect(307, `/posts/${encodeURIComponent(post.slug)}`);
}
