import type { NextApiRequest, NextApiResponse } from 'next';
import { z } from 'zod';

const Query = z.object({ slug: z.string().regex(/^[a-z0-9-]+$/), secret: z.string() });

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const parsed = Query.safeParse(req.query);
  if (!parsed.success) {
    // expect: xss
    res.status(400).send(`<p>Bad preview request: ${req.query.slug}</p>`);
    return;
  }
  if (parsed.data.secret !== process.env.PREVIEW_SECRET) {
    res.status(401).json({ message: 'Invalid token' });
    return;
  }
  res.setPreviewData({});
  res.redirect(307, `/posts/${parsed.data.slug}`);
}

export async function legacyHandler(req: NextApiRequest, res: NextApiResponse) {
  const to = Array.isArray(req.query.to) ? req.query.to[0] : req.query.to;
  // expect: open-redirect
  res.redirect(302, to ?? '/');
}

export async function statusHandler(_req: NextApiRequest, res: NextApiResponse) {
  res.setHeader('Content-Type', 'text/html');
  res.send('<p>ok</p>');
}
