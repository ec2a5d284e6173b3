import type { NextApiRequest, NextApiResponse } from 'next';

import { IS_PLATFORM } from '@/lib/constants';
import { apiAuthenticate } from './apiAuthenticate';

export interface ApiWrapperOptions {
  withAuth?: boolean;
}

// every studio API route goes through here: auth on the platform, uniform errors
export default async function apiWrapper(
  req: NextApiRequest,
  res: NextApiResponse,
  handler: (req: NextApiRequest, res: NextApiResponse) => Promise<unknown>,
  options?: ApiWrapperOptions,
) {
  try {
    const { withAuth } = options || {};
    if (IS_PLATFORM && withAuth) {
      const response = await apiAuthenticate(req, res);
      if (!response || 'error' in response) {
        return res.status(401).json({ error: { message: 'Unauthorized' } });
      }
      (req as any).user = response;
    }
    return await handler(req, res);
  } catch (error) {
    return res.status(500).json({ error });
  }
}
