// library: Next.js API route + redirect
// redirect: value from the request (params)
import type { NextApiRequest, NextApiResponse } from 'next';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  let param = (req.query.next as string);
  if (!param) {
    param = '';
  }
  const target = 'A';
  let bar: string;
  switch (target) {
    case 'A':
      bar = '/dashboard';
      break;
    case 'B':
      bar = '/account';
      break;
    default:
      bar = param;
  }
  res.redirect(302, bar);
}
