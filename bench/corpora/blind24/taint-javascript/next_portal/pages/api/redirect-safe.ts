import type { NextApiRequest, NextApiResponse } from 'next';

const ALLOWED = ['/dashboard', '/billing', '/settings'];

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const dest = (req.query.dest as string) || '/';
  res.redirect(307, ALLOWED.includes(dest) ? dest : '/');
}
