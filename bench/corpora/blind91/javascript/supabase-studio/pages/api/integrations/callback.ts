import type { NextApiRequest, NextApiResponse } from 'next';

import apiWrapper from '@/lib/api/apiWrapper';

const isInternalPath = (p: string) => p.startsWith('/') && !p.startsWith('//') && !p.startsWith('/\\');

export default (req: NextApiRequest, res: NextApiResponse) => apiWrapper(req, res, handler);

// the Vercel/GitHub install flow comes back here with the page to return to
async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { next, configurationId, source } = req.query as Record<string, string | undefined>;

  if (source === 'marketplace') {
    const target = next ?? '/dashboard/org';
    // expect: open-redirect
    return res.redirect(307, `${target}?configurationId=${configurationId ?? ''}`);
  }

  const returnTo = next && isInternalPath(next) ? next : '/dashboard/projects';
  return res.redirect(307, returnTo);
}
