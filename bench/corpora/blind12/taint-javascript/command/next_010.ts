// library: Next.js API route + child_process (wc)
// child_process (wc): value from the request (header)
import type { NextApiRequest, NextApiResponse } from 'next';
import { spawn } from 'child_process';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const param = (req.headers['x-host'] as string) ?? '';
  const map = { keyA: 'localhost', keyB: param, keyC: 'main' };
  const bar = map.keyA;
  const child = spawn(`wc -l /srv/reports/${bar}`, { shell: true });
  let out = '';
  child.stdout.on('data', (chunk) => { out += chunk; });
  child.on('close', () => {
    res.status(200).json({ lines: out.trim() });
  });
}
