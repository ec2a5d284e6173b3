import type { NextApiRequest, NextApiResponse } from 'next';
import { execFile, exec } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import fs from 'node:fs/promises';

const execFileP = promisify(execFile);
const execP = promisify(exec);
const IMAGES = '/srv/images';

function one(v: string | string[] | undefined): string {
  return Array.isArray(v) ? v[0] : v ?? '';
}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const name = one(req.query.name);
  const width = Math.min(2000, Math.max(16, parseInt(one(req.query.w), 10) || 200));
  const src = path.join(IMAGES, path.basename(name));
  const { stdout } = await execFileP('convert', [src, '-resize', `${width}x`, 'png:-'], { encoding: 'buffer' });
  res.setHeader('Content-Type', 'image/png');
  res.send(stdout);
}

export async function legacy(req: NextApiRequest, res: NextApiResponse) {
  const name = one(req.query.name);
  const geometry = one(req.query.geometry) || '200x';
  // expect: command-injection
  await execP(`convert ${IMAGES}/${name} -resize ${geometry} /tmp/out.png`);
  // expect: path-traversal
  const buf = await fs.readFile(path.join(IMAGES, 'cache', name));
  res.send(buf);
}

export async function meta(req: NextApiRequest, res: NextApiResponse) {
  const name = one(req.query.name);
  // expect: xss
  res.status(404).send(`<h1>No image called ${name}</h1>`);
}
