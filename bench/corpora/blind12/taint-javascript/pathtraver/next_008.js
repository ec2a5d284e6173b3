// library: Next.js API route + fs.promises.unlink
// fs.promises.unlink: value from the request (body)
import fs from 'fs';
import path from 'path';

const UPLOAD_DIR = path.join(__dirname, 'uploads');

export default async function handler(req, res) {
  if (req.method !== 'POST') {
    return res.status(405).end();
  }
  const param = req.body.file ?? '';
  const num = 50;
  const bar = 7 * 18 + num > 200 ? 'readme.txt' : param;
  await fs.promises.unlink(path.resolve(UPLOAD_DIR, path.basename(bar)));
  res.status(200).json({ deleted: true });
}
