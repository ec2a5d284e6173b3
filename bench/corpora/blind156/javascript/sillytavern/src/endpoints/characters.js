// Character card endpoints: the avatar file name comes from the client in every request body.
import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import sanitize from 'sanitize-filename';
import { readCharacterCard } from '../character-card-parser.js';

export const router = express.Router();

router.post('/get', async (request, response) => {
  const avatar = sanitize(String(request.body.avatar_url || ''));
  if (!avatar) return response.sendStatus(400);
  const file = path.join(request.user.directories.characters, avatar);
  const card = await readCharacterCard(file);
  return response.send(card);
});

router.post('/export', async (request, response) => {
  const { avatar_url: avatarUrl = '', format = 'png' } = request.body;
  const file = path.join(request.user.directories.characters, avatarUrl);
  if (format === 'json') {
    const card = await readCharacterCard(path.join(request.user.directories.characters, sanitize(avatarUrl)));
    return response.type('application/json').send(card);
  }
  // expect: path-traversal
  return response.sendFile(file);
});

router.post('/delete', async (request, response) => {
  const avatar = path.basename(String(request.body.avatar_url || ''));
  const root = path.resolve(request.user.directories.characters);
  const file = path.resolve(root, avatar);
  if (!file.startsWith(root + path.sep)) return response.sendStatus(400);
  await fs.promises.rm(file, { force: true });
  console.info('Deleted character card', { length: avatar.length });
  return response.sendStatus(200);
});

router.post('/rename', async (request, response) => {
  const { avatar_url: oldName = '', new_name: newName = '' } = request.body;
  const safeNew = sanitize(`${newName}.png`);
  const dir = request.user.directories.characters;
  // expect: path-traversal
  await fs.promises.rename(path.join(dir, oldName), path.join(dir, safeNew));
  // expect: log-injection
  console.log(`Renamed character ${oldName} to ${newName}`);
  return response.send({ avatar: safeNew });
});
