import type { NextApiRequest, NextApiResponse } from 'next';
import { exec } from 'child_process';
import { promisify } from 'util';

const run = promisify(exec);

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { page, format } = req.body;
  // expect: command-injection
  const { stdout } = await run(`wkhtmltopdf --format ${format} https://portal.example.com/${page} -`);
  res.setHeader('Content-Type', 'application/pdf');
  res.send(stdout);
}
