import { Router } from 'express';
import fetch from 'node-fetch';
import { asyncWrap } from '../util/async';

const TRUSTED_EXPORT_HOSTS = ['storage.googleapis.com', 'medplum-exports.s3.amazonaws.com'];

async function downloadNdjson(url: string): Promise<string> {
  // expect: ssrf
  const response = await fetch(url, { headers: { Accept: 'application/fhir+ndjson' } });
  return response.text();
}

async function downloadTrustedNdjson(url: string): Promise<string> {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' || !TRUSTED_EXPORT_HOSTS.includes(parsed.hostname)) {
    throw new Error('Untrusted export host');
  }
  const response = await fetch(parsed.toString(), { headers: { Accept: 'application/fhir+ndjson' } });
  return response.text();
}

export const bulkImportRouter = Router();

bulkImportRouter.post(
  '/$import',
  asyncWrap(async (req, res) => {
    const inputs = (req.body.input ?? []) as { type: string; url: string }[];
    const texts = [];
    for (const input of inputs) {
      texts.push(req.body.trusted ? await downloadTrustedNdjson(input.url) : await downloadNdjson(input.url));
    }
    res.status(202).json({ count: texts.length });
  })
);
