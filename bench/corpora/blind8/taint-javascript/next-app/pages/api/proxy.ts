// library: Next.js API routes
import type { NextApiRequest, NextApiResponse } from 'next';

const UPSTREAMS: Record<string, string> = {
  weather: 'https://api.weather.example.com/v1/today',
  news: 'https://api.news.example.com/v2/top',
};

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const name = String(req.query.upstream ?? '');
  if (name in UPSTREAMS) {
    const r = await fetch(UPSTREAMS[name]);
    return res.status(r.status).json(await r.json());
  }

  const target = String(req.query.url ?? '');
  if (!target) return res.status(400).json({ error: 'missing url' });
  // expect: ssrf
  const r = await fetch(target);
  res.status(r.status).send(await r.text());
}
