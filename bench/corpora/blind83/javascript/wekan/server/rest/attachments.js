import fs from 'fs';
import path from 'path';
import { JsonRoutes } from 'meteor/simple:json-routes';
import { Authentication } from '../lib/authentication';

const ATTACHMENTS_DIR = process.env.WRITABLE_PATH ? path.join(process.env.WRITABLE_PATH, 'attachments') : '/data/attachments';

JsonRoutes.add('GET', '/api/boards/:boardId/attachments/:fileName', (req, res) => {
  Authentication.checkBoardAccess(req.userId, req.params.boardId);
  const fileName = req.params.fileName;
  const version = req.query.version || 'original';
  const file = path.join(ATTACHMENTS_DIR, req.params.boardId, version, fileName);
  // expect: path-traversal
  fs.createReadStream(file).pipe(res);
});

JsonRoutes.add('GET', '/api/boards/:boardId/avatars/:fileName', (req, res) => {
  Authentication.checkBoardAccess(req.userId, req.params.boardId);
  const file = path.join(ATTACHMENTS_DIR, 'avatars', path.basename(req.params.fileName));
  fs.createReadStream(file).pipe(res);
});
