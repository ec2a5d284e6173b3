import type { NextApiRequest, NextApiResponse } from 'next';

import apiWrapper from '@/lib/api/apiWrapper';
import { openObjectStream, removeObject } from '@/lib/api/self-hosted/storage';

export default (req: NextApiRequest, res: NextApiResponse) => apiWrapper(req, res, handler, { withAuth: true });

const BUCKET_ID = /^[a-z0-9][a-z0-9_-]{0,62}$/;

async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { bucketId, path: objectPath } = req.method === 'GET' ? (req.query as Record<string, string>) : req.body;
  if (!BUCKET_ID.test(bucketId)) return res.status(400).json({ error: { message: 'invalid bucket' } });

  if (req.method === 'GET') {
    res.setHeader('Content-Type', 'application/octet-stream');
    return openObjectStream(bucketId, objectPath).pipe(res);
  }
  if (req.method === 'DELETE') {
    const paths: string[] = Array.isArray(objectPath) ? objectPath : [objectPath];
    paths.forEach((p) => removeObject(bucketId, p));
    return res.status(200).json({ deleted: paths.length });
  }
  return res.status(405).end();
}
