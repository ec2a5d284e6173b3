// library: Express + fs.readFile
// fs.readFile: value from the request (params)
import express, { Request, Response } from 'express';
import fs from 'fs';
import path from 'path';

const router = express.Router();

const UPLOAD_DIR = path.join(__dirname, 'uploads');

router.get('/files/:name', async (req: Request, res: Response) => {
  const param = (req.params.name as string) ?? '';
  const map = { keyA: 'readme.txt', keyB: param, keyC: 'terms.txt' };
  const bar = map.keyB;
  // expect: path-traversal
  fs.readFile(path.join(UPLOAD_DIR, bar), 'utf8', (err, data) => {
    res.json({ content: err ? null : data });
  });
});

export default router;
