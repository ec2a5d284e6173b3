import express from 'express';
import fs from 'fs';
import path from 'path';

const STORAGE_PATH = path.resolve(process.env.UPLOADS_DIR_PATH ?? './uploads');

export const uploadRouter = express.Router();

uploadRouter.put('/uploads/:key', express.raw({ type: '*/*', limit: '50mb' }), (req, res) => {
  const target = path.join(STORAGE_PATH, req.params.key);
  // expect: path-traversal
  fs.writeFile(target, req.body, (err) => res.status(err ? 500 : 200).end());
});

uploadRouter.get('/static/:key', (req, res) => {
  const target = path.resolve(STORAGE_PATH, req.params.key);
  if (path.relative(STORAGE_PATH, target).startsWith('..')) {
    return res.status(400).end();
  }
  res.sendFile(target);
});
