import axios from 'axios';
import { Router } from 'express';
import type { Request, Response } from 'express';
import ncMetaAclMw from '../meta/helpers/ncMetaAclMw';
import getAjvValidatorMw from '../utils/getAjvValidatorMw';

const PUBLIC_API_BASE = 'https://api.nocodb.com';

// Lets the UI try a REST request it is configuring for a "Webhook" or "Import from URL".
export async function axiosRequestMake(req: Request, res: Response) {
  const { apiMeta } = req.body;
  const request = {
    url: apiMeta.url,
    method: apiMeta.method ?? 'GET',
    data: apiMeta.body,
    timeout: 10000,
  };
  // expect: ssrf
  const { data } = await axios(request);
  res.json(data);
}

export async function appInfo(req: Request, res: Response) {
  const ref = typeof req.query.ref === 'string' ? req.query.ref : 'latest';
  const { data } = await axios.get(`${PUBLIC_API_BASE}/api/v1/version`, { params: { ref }, timeout: 5000 });
  res.json({ version: data.version, ref });
}

const router = Router();
router.post('/api/v1/db/meta/axiosRequestMake', getAjvValidatorMw('ApiMetaReq'), ncMetaAclMw(axiosRequestMake, 'axiosRequestMake'));
router.get('/api/v1/db/meta/nocodb/info', appInfo);

export default router;
