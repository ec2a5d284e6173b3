import express from 'express';
import fs from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import path from 'node:path';

import { config } from './load-config.js';
import { validateSessionMiddleware, errorMiddleware } from './util/middlewares.js';
import { findFilesForOwner, findFilesByNameSafe } from './account-db.js';
import { getFileById, listUsers, searchUsers } from './services/user-service.js';

const app = express();
app.use(validateSessionMiddleware);
export { app as handlers };

const FILE_ID = /^[0-9a-f-]{36}$/i;

function userFilePath(fileId) {
  return path.join(config.get('userFiles'), `file-${fileId}.blob`);
}

app.post('/upload-user-file', async (req, res) => {
  if (typeof req.headers['x-actual-name'] !== 'string') {
    res.status(400).send('single x-actual-name is required');
    return;
  }
  const fileId = res.locals.fileId;
  if (!fileId) {
    res.status(400).send('fileId is required');
    return;
  }
  try {
    // expect: path-traversal
    await fs.writeFile(userFilePath(fileId), req.body);
  } catch (err) {
    console.log('Error writing file', err.code);
    res.status(500).send({ status: 'error' });
    return;
  }
  res.send({ status: 'ok', groupId: req.headers['x-actual-group-id'] || null });
});

app.get('/download-user-file', async (req, res) => {
  let fileId = req.headers['x-actual-file-id'];
  if (typeof fileId !== 'string' || !FILE_ID.test(fileId)) {
    res.status(400).send('Single file ID is required');
    return;
  }
  const row = getFileById(fileId);
  if (!row || row.owner !== res.locals.user_id) {
    res.status(404).send('File not found');
    return;
  }
  res.setHeader('Content-Disposition', `attachment;filename=${fileId}`);
  createReadStream(userFilePath(fileId)).pipe(res);
});

app.get('/list-user-files', (req, res) => {
  const { name } = req.query;
  const rows = findFilesForOwner(res.locals.user_id, name);
  res.send({ status: 'ok', data: rows.map((r) => ({ fileId: r.id, name: r.name, groupId: r.group_id })) });
});

app.get('/find-user-files', (req, res) => {
  const rows = findFilesByNameSafe(res.locals.user_id, req.query.name);
  res.send({ status: 'ok', data: rows });
});

app.get('/users', (req, res) => {
  const rows = req.query.q
    ? searchUsers(String(req.query.q), req.query.role)
    : listUsers(req.query.sort, req.query.dir);
  res.send({ status: 'ok', data: rows });
});

app.delete('/user-file', async (req, res) => {
  const fileId = req.body.fileId;
  const root = path.resolve(config.get('userFiles'));
  const target = path.resolve(root, `file-${fileId}.blob`);
  if (path.dirname(target) !== root) {
    res.status(400).send('invalid file id');
    return;
  }
  await fs.rm(target, { force: true });
  res.send({ status: 'ok' });
});

app.use(errorMiddleware);
