// library: Next.js API route + axios promise chain
// axios promise chain: value from the request (header)
import type { NextApiRequest, NextApiResponse } from 'next';
import axios from 'axios';


const ALLOWED = ['status.example.com', 'api.example.com', 'cdn.example.com'];

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const param = (req.headers['x-webhook'] as string) || 'status.example.com';
  if (!ALLOWED.includes(param)) {
    return res.status(400).json({ error: 'bad request' });
  }
  const bar = param;
  return axios.post(bar, { event: 'ping' }).then((r) => {
    res.status(200).json({ status: r.status });
  });
}
