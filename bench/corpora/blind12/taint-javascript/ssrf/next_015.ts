// library: Next.js API route + axios promise chain
// axios promise chain: value from the request (header)
import type { NextApiRequest, NextApiResponse } from 'next';
import axios from 'axios';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const param = (req.headers['x-webhook'] as string) || 'status.example.com';
  if (!param) {
    return res.status(400).json({ error: 'bad request' });
  }
  const bar = param;
  // expect: ssrf
  return axios.post(bar, { event: 'ping' }).then((r) => {
    res.status(200).json({ status: r.status });
  });
}
