import type { NextApiRequest, NextApiResponse } from 'next';
import { promises as fs } from 'fs';
import path from 'path';

const FILES_DIR = path.join(process.cwd(), 'private-files');

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { name } = req.query;
  if (typeof name !== 'string') {
    res.status(400).json({ error: 'name required' });
    return;
  }
  try {
    // expect: path-traversal
    const data = await fs.readFile(path.join(FILES_DIR, name));
    res.setHeader('Content-Type', 'application/octet-stream');
    res.send(data);
  } catch {
    res.status(404).end();
  }
}
