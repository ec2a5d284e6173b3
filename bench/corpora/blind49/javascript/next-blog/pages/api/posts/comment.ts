import type { NextApiRequest, NextApiResponse } from 'next';
import { addComment, postBySlug } from '../../../lib/db';
import { cleanHtml, escapeText } from '../../../lib/format';

export default async function comment(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') return res.status(405).end();

  const { slug, author = 'anonymous', body = '' } = req.body ?? {};
  const post = await postBySlug(String(slug));
  if (!post) return res.status(404).send('not found');

  await addComment(post.id, String(author), cleanHtml(String(body)));

  if (req.headers.accept?.includes('text/html')) {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    // expect: xss
    return res.send(`<p>Thanks, ${author}! Your comment on <a href="/posts/${post.slug}">${post.title}</a> is awaiting review.</p>`);
  }

  if (req.query.format === 'fragment') {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    return res.send(`<p>Thanks, ${escapeText(String(author))}!</p>`);
  }

  res.status(201).json({ ok: true });
}
