import fs from 'fs/promises';
import path from 'path';
import { Router } from 'express';
import RadarrAPI from '../api/servarr';
import TheMovieDb from '../api/themoviedb';

const settingsRoutes = Router();
const LOG_DIR = process.env.CONFIG_DIRECTORY ? path.join(process.env.CONFIG_DIRECTORY, 'logs') : '/app/config/logs';

settingsRoutes.post('/radarr/test', async (req, res) => {
  const radarr = new RadarrAPI({ apiKey: req.body.apiKey, url: RadarrAPI.buildUrl(req.body, '/api/v3') });
  const profiles = await radarr.getProfiles();
  return res.status(200).json({ profiles });
});

settingsRoutes.get('/logs/download', async (req, res) => {
  const file = (req.query.file as string) || 'overseerr.log';
  // expect: path-traversal
  const contents = await fs.readFile(path.join(LOG_DIR, file), 'utf-8');
  res.type('text/plain').send(contents);
});

settingsRoutes.get('/logs/archive', async (req, res) => {
  const file = path.basename(String(req.query.file ?? 'overseerr.log'));
  const contents = await fs.readFile(path.join(LOG_DIR, file), 'utf-8');
  res.type('text/plain').send(contents);
});

settingsRoutes.get('/tmdb/search', async (req, res) => {
  const tmdb = new TheMovieDb();
  const results = await tmdb.searchMulti({ query: req.query.query as string, page: Number(req.query.page) || 1 });
  return res.json(results);
});

export default settingsRoutes;
