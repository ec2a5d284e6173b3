import type { NextApiRequest, NextApiResponse } from 'next';
import { XMLParser } from 'fast-xml-parser';

import { checkSession } from '@lib/auth';
import env from '@lib/env';
import { logger } from '@lib/logger';

const parser = new XMLParser({ ignoreAttributes: false, processEntities: false });

function parseMetadata(xml: string) {
  const doc = parser.parse(xml);
  const descriptor = doc['md:EntityDescriptor'] ?? doc.EntityDescriptor ?? {};
  return { entityID: descriptor['@_entityID'] ?? null };
}

async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    return res.status(405).json({ error: { message: 'Method not allowed' } });
  }
  const { metadataUrl, rawMetadata } = req.body as { metadataUrl?: string; rawMetadata?: string };

  if (rawMetadata) {
    return res.json({ data: parseMetadata(rawMetadata) });
  }

  const url = new URL(String(metadataUrl));
  if (url.protocol !== 'https:' || !env.metadataUrlAllowedHosts.includes(url.hostname)) {
    logger.warn({ host: url.hostname }, 'metadata host not allowed');
    return res.status(400).json({ error: { message: 'Metadata host not allowed' } });
  }
  const response = await fetch(url, { redirect: 'error' });
  return res.json({ data: parseMetadata(await response.text()) });
}

async function legacyHandler(req: NextApiRequest, res: NextApiResponse) {
  const metadataUrl = String(req.query.url || '');
  // expect: ssrf
  const response = await fetch(metadataUrl);
  return res.json({ data: parseMetadata(await response.text()) });
}

export default checkSession(async (req: NextApiRequest, res: NextApiResponse) =>
  req.query.legacy === '1' ? legacyHandler(req, res) : handler(req, res)
);
