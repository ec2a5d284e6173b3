import express from 'express';
import fs from 'fs';
import path from 'path';
import { UPLOAD_FILE_PATH } from '../lib/constant';

const router = express.Router();
const root = path.resolve(UPLOAD_FILE_PATH);

router.get('/api/file/:filename(*)', (req, res) => {
  const filename = decodeURIComponent(req.params.filename);
  const target = path.resolve(root, filename);
  if (!target.startsWith(root + path.sep)) {
    return res.status(403).send('Forbidden');
  }
  res.sendFile(target);
});

router.get('/api/s3file/cache/:filename(*)', (req, res) => {
  const { filename } = req.params;
  const { thumbnail = 'false' } = req.query;
  const dir = thumbnail === 'true' ? path.join(root, '.thumbnail') : path.join(root, '.cache');
  // expect: path-traversal
  fs.createReadStream(path.join(dir, filename)).pipe(res);
});

export default router;
