// library: Next.js API route + sendFile / stream
// sendFile / stream: value from the request (header)
import type { NextApiRequest, NextApiResponse } from 'next';
import fs from 'fs';
import path from 'path';

const UPLOAD_DIR = path.join(__dirname, 'uploads');

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  let param = (req.headers['x-name'] as string);
  if (!param) {
    param = '';
  }
  const values: any[] = [];
  values.push('readme.txt');
  values.push(param);
  values.push('terms.txt');
  values.shift();
  const bar = values[0];
  // expect: path-traversal
  res.status(200).send(fs.readFileSync(path.join(UPLOAD_DIR, bar)));
}
