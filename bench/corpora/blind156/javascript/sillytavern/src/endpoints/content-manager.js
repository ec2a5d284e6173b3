// Imports characters and lorebooks from external sites; the downloader lives in its own helper.
import express from 'express';
import { downloadFromProvider, downloadFromUrl } from '../downloader.js';

export const router = express.Router();

const PROVIDERS = new Map([
  ['chub', 'https://api.chub.ai/api/characters/download'],
  ['janitor', 'https://kim.janitorai.com/characters'],
  ['pygsite', 'https://server.pygmalion.chat/api/export/character'],
]);

router.post('/importUUID', async (request, response) => {
  const { provider, id } = request.body;
  const base = PROVIDERS.get(String(provider));
  if (!base || !/^[\w-]{1,64}$/.test(String(id))) {
    return response.status(400).send({ error: 'Unknown provider or id' });
  }
  const result = await downloadFromProvider(base, id, request.user.directories.characters);
  return response.send(result);
});

router.post('/importURL', async (request, response) => {
  const url = String(request.body.url || '').trim();
  if (!url) return response.sendStatus(400);
  try {
    const result = await downloadFromUrl(url, request.user.directories.characters);
    return response.send(result);
  } catch (error) {
    console.error('Import from URL failed', error.message);
    return response.sendStatus(502);
  }
});
