// library: Next.js API route + HTML response (+=)
// HTML response (+=): value from the request (query)
import type { NextApiRequest, NextApiResponse } from 'next';
import { getParam } from '../lib/params';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const param = getParam(req, 'q');
  const bar = param;
  let page = '<ul>';
  page += '<li>' + bar + '</li>';
  page += '</ul>';
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  // expect: xss
  res.status(200).send(page);
}
