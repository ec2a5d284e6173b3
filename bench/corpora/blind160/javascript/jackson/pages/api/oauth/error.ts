import type { NextApiRequest, NextApiResponse } from 'next';

import jackson from '@lib/jackson';
import { escapeHtml } from '@lib/utils';

/**
 * Error page of the OAuth/SAML flow. Jackson stores the error under a
 * random id and redirects here with `?id=`; older clients pass `?detail=`.
 */
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    res.setHeader('Allow', 'GET');
    return res.status(405).json({ error: { message: `Method ${req.method} Not Allowed` } });
  }

  const { oauthController } = await jackson();
  const { id, detail } = req.query as { id?: string; detail?: string };

  if (id) {
    const stored = await oauthController.getErrorInfo(String(id));
    const message = stored ? escapeHtml(stored.error) : 'Unknown error';
    res.setHeader('Content-Type', 'text/html');
    return res.send(`<html><body><h1>SSO error</h1><p>${message}</p></body></html>`);
  }

  if (detail) {
    res.setHeader('Content-Type', 'text/html');
    // expect: xss
    return res.send(`<html><body><h1>SSO error</h1><p>${detail}</p></body></html>`);
  }

  return res.status(400).json({ error: { message: 'Missing error id' } });
}
