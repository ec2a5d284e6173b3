import type { NextApiRequest, NextApiResponse } from 'next';

import apiWrapper from '@/lib/api/apiWrapper';
import { listColumnPrivileges, listPolicies, listTables } from '@/lib/api/self-hosted/pgMeta';

export default (req: NextApiRequest, res: NextApiResponse) => apiWrapper(req, res, handler, { withAuth: true });

async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { method } = req;
  switch (method) {
    case 'GET':
      return handleGetAll(req, res);
    case 'POST':
      return handlePrivileges(req, res);
    default:
      res.setHeader('Allow', ['GET', 'POST']);
      return res.status(405).json({ error: { message: `Method ${method} Not Allowed` } });
  }
}

const handleGetAll = async (req: NextApiRequest, res: NextApiResponse) => {
  const schema = (req.query.included_schemas as string) || 'public';
  return res.status(200).json(await listTables(schema));
};

const handlePrivileges = async (req: NextApiRequest, res: NextApiResponse) => {
  const { table, role = 'authenticated' } = req.body;
  const [privileges, policies] = await Promise.all([listColumnPrivileges(table, role), listPolicies(table)]);
  return res.status(200).json({ policies, privileges });
};
