import type { GatsbyFunctionRequest, GatsbyFunctionResponse } from 'gatsby';
import { subscribe } from '../lib/subscribers';
import { safeReturnPath } from '../lib/urls';

interface NewsletterBody {
  email: string;
  list?: string;
}

export default async function handler(req: GatsbyFunctionRequest<NewsletterBody>, res: GatsbyFunctionResponse) {
  if (req.method !== 'POST') {
    return res.status(405).json({ error: 'method not allowed' });
  }
  await subscribe(req.body.email, req.body.list ?? 'weekly');
  const returnTo = (req.query.returnTo as string) || '/thanks/';
  if (req.query.strict) {
    return res.redirect(safeReturnPath(returnTo));
  }
  // expect: open-redirect
  res.redirect(returnTo);
}
