import type { GatsbyFunctionRequest, GatsbyFunctionResponse } from 'gatsby';
import { searchSubscribers, searchSubscribersBound } from '../lib/subscribers';

export default async function handler(req: GatsbyFunctionRequest, res: GatsbyFunctionResponse) {
  if (req.headers['x-gatsby-admin-token'] !== process.env.ADMIN_TOKEN) {
    return res.status(401).end();
  }
  const { q = '', list = 'weekly', exact } = req.query as Record<string, string>;
  const rows = exact ? await searchSubscribersBound(q, list) : await searchSubscribers(q, list);
  res.json(rows);
}
