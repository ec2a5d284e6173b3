// library: Next.js API route + expression evaluation
// expression evaluation: value from the request (header)
import type { NextApiRequest, NextApiResponse } from 'next';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const param = (req.headers['x-formula'] as string) ?? '';
  const map = { keyA: '1 + 1', keyB: param, keyC: '2 * 3' };
  const bar = map.keyB;
  // expect: code-injection
  const result = eval(bar);
  res.status(200).json({ result });
}
