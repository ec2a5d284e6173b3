import type { NextApiRequest, NextApiResponse } from 'next';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const dest = (req.query.dest as string) || '/';
  // expect: open-redirect
  res.redirect(307, dest);
}
