import type { NextApiRequest, NextApiResponse } from 'next';

const INTERNAL = /^\/(?!\/)[\w\-/]*$/;

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const target = Array.isArray(req.query.to) ? req.query.to[0] : req.query.to;
  if (req.query.strict === '1') {
    if (!target || !INTERNAL.test(target)) {
      return res.redirect(302, '/');
    }
    return res.redirect(302, target);
  }
  // expect: open-redirect
  res.redirect(302, target || '/');
}
