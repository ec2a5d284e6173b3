import { NextApiRequest, NextApiResponse } from 'next';
import { decodeState } from '../../../lib/oauth/state';
import { getAllowedOrigins } from '../../../services/giscus/origins';

export default async function AuthorizedApi(req: NextApiRequest, res: NextApiResponse) {
  const { code, state, repo } = req.query;
  const returnTo = await decodeState(String(state), process.env.ENCRYPTION_PASSWORD as string);
  const session = await exchangeCode(String(code));

  const target = new URL(returnTo);
  target.searchParams.set('giscus', session);

  if (repo) {
    const origins = await getAllowedOrigins(String(repo));
    if (!origins.includes(target.origin)) {
      res.status(403).json({ error: 'origin not allowed' });
      return;
    }
    res.redirect(302, target.toString());
    return;
  }

  // expect: open-redirect
  res.redirect(302, target.toString());
}

async function exchangeCode(code: string): Promise<string> {
  const response = await fetch('https://github.com/login/oauth/access_token', {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify({ client_id: process.env.CLIENT_ID, client_secret: process.env.CLIENT_SECRET, code }),
  });
  const { access_token } = await response.json();
  return access_token;
}
