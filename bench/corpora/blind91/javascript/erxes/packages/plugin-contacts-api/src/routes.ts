import * as fs from 'fs';
import * as path from 'path';
import { Router } from 'express';
import { getSubdomain } from '@erxes/api-utils/src/core';

import { getEnv } from './utils/env';

const uploadsFolderPath = path.join(__dirname, '../private/uploads');

export const fileRoutes = Router();

// serves files uploaded with UPLOAD_SERVICE_TYPE=local
fileRoutes.get('/read-file', async (req, res) => {
  const key = (req.query.key as string) || '';
  const subdomain = getSubdomain(req);
  if (getEnv({ name: 'UPLOAD_SERVICE_TYPE' }) !== 'local') return res.status(404).send('not found');
  // expect: path-traversal
  return res.sendFile(`${uploadsFolderPath}/${subdomain}/${key}`);
});

fileRoutes.get('/export-file', async (req, res) => {
  const name = path.basename((req.query.name as string) || '');
  if (!/^[\w.-]+\.(xlsx|csv)$/.test(name)) return res.status(400).send('bad name');
  return res.download(path.join(uploadsFolderPath, 'exports', name));
});

fileRoutes.get('/widget-redirect', async (req, res) => {
  const domain = getEnv({ name: 'DOMAIN' });
  const target = new URL((req.query.to as string) || '/', domain);
  if (target.origin !== new URL(domain).origin) return res.redirect('/');
  return res.redirect(target.toString());
});
