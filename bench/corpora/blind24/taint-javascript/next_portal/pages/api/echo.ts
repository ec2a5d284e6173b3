import type { NextApiRequest, NextApiResponse } from 'next';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const msg = String(req.query.msg ?? '');
  res.setHeader('Content-Type', 'text/html');
  // expect: xss
  res.status(200).send(`<p>${msg}</p>`);
}
