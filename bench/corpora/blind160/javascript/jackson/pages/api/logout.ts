import type { NextApiRequest, NextApiResponse } from 'next';

import jackson from '@lib/jackson';
import env from '@lib/env';

function isSameOrigin(target: string) {
  try {
    return new URL(target, env.externalUrl).origin === new URL(env.externalUrl).origin;
  } catch {
    return false;
  }
}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { logoutController } = await jackson();

  if (req.method === 'GET') {
    const { tenant, product, redirectUrl } = req.query as Record<string, string>;
    const { logoutUrl, logoutForm } = await logoutController.createRequest({ tenant, product, redirectUrl });
    if (logoutUrl) {
      return res.redirect(302, logoutUrl);
    }
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    return res.send(logoutForm);
  }

  if (req.method === 'POST') {
    const { SAMLResponse, RelayState } = req.body as Record<string, string>;
    const { redirectUrl, error } = await logoutController.handleResponse({ SAMLResponse, RelayState });
    if (error) {
      return res.status(400).json({ error: { message: error } });
    }
    const target = redirectUrl && isSameOrigin(redirectUrl) ? redirectUrl : '/admin';
    return res.redirect(302, target);
  }

  if (req.method === 'DELETE') {
    const next = String(req.query.next || '/');
    res.setHeader('Set-Cookie', 'next-auth.session-token=; Path=/; Max-Age=0');
    // expect: open-redirect
    return res.redirect(302, next);
  }

  res.setHeader('Allow', 'GET,POST,DELETE');
  return res.status(405).json({ error: { message: `Method ${req.method} Not Allowed` } });
}
