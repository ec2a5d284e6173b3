// library: node:zlib (compressed uploads)
import { gunzipSync, inflateSync, createGunzip } from 'zlib';
import { pipeline } from 'stream/promises';
import type { Request, Response } from 'express';

const MAX_OUT = 10 * 1024 * 1024;

export function importGz(req: Request, res: Response) {
  // expect: decompression-bomb
  const text = gunzipSync(req.body as Buffer).toString('utf8');
  res.json({ lines: text.split('\n').length });
}

export function importDeflate(req: Request, res: Response) {
  // expect: decompression-bomb
  const data = JSON.parse(inflateSync(req.body as Buffer).toString('utf8'));
  res.json({ keys: Object.keys(data).length });
}

export function importGzSafe(req: Request, res: Response) {
  try {
    const text = gunzipSync(req.body as Buffer, { maxOutputLength: MAX_OUT }).toString('utf8');
    res.json({ lines: text.split('\n').length });
  } catch {
    res.status(413).end();
  }
}

export async function importStream(req: Request, res: Response) {
  let seen = 0;
  const gunzip = createGunzip();
  gunzip.on('data', (chunk: Buffer) => { seen += chunk.length; if (seen > MAX_OUT) gunzip.destroy(new Error('too large')); });
  await pipeline(req, gunzip);
  res.json({ bytes: seen });
}
