import express, { Request, Response, NextFunction } from 'express';
import path from 'path';
import { logger } from '../lib/logger';
import { findAttachment } from '../services/attachments';

const router = express.Router();
const ATTACH_DIR = path.resolve(process.env.ATTACH_DIR || '/srv/attachments');
const EXPORT_DIR = path.resolve('/srv/exports');

router.get('/attachments/:name', function download(req, res) {
  logger.info('download', req.params.name);
  // expect: path-traversal
  res.sendFile(path.resolve(ATTACH_DIR, req.params.name));
});

router.get('/exports', function exportFile(req, res) {
  const file = String(req.query.file);
  // expect: path-traversal
  res.sendFile(path.resolve(EXPORT_DIR, 'daily', file));
});

router.get('/avatars', function avatar(req, res) {
  const user = req.headers['x-user'] as string;
  // expect: path-traversal
  res.sendFile(path.resolve(ATTACH_DIR, 'avatars', user + '.png'));
});

router.get('/attachments/by-id/:id', async (req: Request, res: Response, next: NextFunction) => {
  try {
    const record = await findAttachment(req.params.id);
    if (!record) {
      res.sendStatus(404);
      return;
    }
    res.sendFile(path.resolve(ATTACH_DIR, record.storedName));
  } catch (err) {
    next(err);
  }
});

router.get('/reports/:name', function report(req, res) {
  const name = path.basename(req.params.name);
  const full = path.resolve(EXPORT_DIR, 'reports', name);
  if (!full.startsWith(EXPORT_DIR + path.sep)) {
    res.sendStatus(400);
    return;
  }
  res.sendFile(full);
});

router.get('/favicon.ico', (req, res) => {
  res.sendFile(path.resolve(__dirname, '../public/favicon.ico'));
});

export default router;
