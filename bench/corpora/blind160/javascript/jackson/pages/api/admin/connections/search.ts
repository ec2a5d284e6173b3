import type { NextApiRequest, NextApiResponse } from 'next';

import jackson from '@lib/jackson';
import { checkSession } from '@lib/auth';

const handler = async (req: NextApiRequest, res: NextApiResponse) => {
  const { method } = req;

  switch (method) {
    case 'GET':
      return await handleGET(req, res);
    default:
      res.setHeader('Allow', 'GET');
      res.status(405).json({ error: { message: `Method ${method} Not Allowed` } });
  }
};

const handleGET = async (req: NextApiRequest, res: NextApiResponse) => {
  const { adminController } = await jackson();
  const { product, tenantPrefix, pageOffset, pageLimit } = req.query as Record<string, string>;

  if (product) {
    return res.json({ data: await adminController.findByProduct(product) });
  }

  if (tenantPrefix) {
    return res.json({ data: await adminController.findByTenantPrefix(tenantPrefix) });
  }

  const offset = Number.parseInt(pageOffset ?? '0', 10) || 0;
  const limit = Number.parseInt(pageLimit ?? '50', 10) || 50;
  return res.json({ data: await adminController.getAllConnection(offset, limit) });
};

export default checkSession(handler);
