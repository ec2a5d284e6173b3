import { exec, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { NextApiRequest, NextApiResponse } from 'next';

import apiWrapper from '@/lib/api/apiWrapper';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);
const FUNCTIONS_DIR = process.env.EDGE_FUNCTIONS_DIR ?? '/home/deno/functions';
const SLUG = /^[A-Za-z][A-Za-z0-9_-]*$/;

export default (req: NextApiRequest, res: NextApiResponse) => apiWrapper(req, res, handler, { withAuth: true });

async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { slug } = req.query as { slug: string };
  const { importMapPath, verifyJwt } = req.body ?? {};

  if (req.method === 'GET') {
    if (!SLUG.test(slug)) return res.status(400).json({ error: { message: 'invalid slug' } });
    const { stdout } = await execFileAsync('deno', ['info', '--json', `${FUNCTIONS_DIR}/${slug}/index.ts`]);
    return res.status(200).json(JSON.parse(stdout));
  }

  const flags = verifyJwt === false ? '--no-verify-jwt' : '';
  const importMap = importMapPath ? `--import-map ${importMapPath}` : '';
  // expect: command-injection
  const { stdout } = await execAsync(`supabase functions deploy ${slug} ${flags} ${importMap}`, { cwd: FUNCTIONS_DIR });
  return res.status(200).json({ output: stdout });
}
