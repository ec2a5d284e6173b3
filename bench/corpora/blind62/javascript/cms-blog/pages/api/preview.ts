import type { NextApiRequest, NextApiResponse } from 'next';

function isLocalPath(target: string) {
  return target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/\\');
}

export default function preview(req: NextApiRequest, res: NextApiResponse) {
  if (req.query.secret !== process.env.PREVIEW_SECRET) {
    return res.status(401).json({ message: 'Invalid token' });
  }
  res.setPreviewData({});

  const redirect = String(req.query.redirect ?? '/');
  if (req.query.mode === 'legacy') {
    // expect: open-redirect
    return res.redirect(307, redirect);
  }

  const target = isLocalPath(redirect) ? redirect : '/';
  return res.redirect(307, target);
}
