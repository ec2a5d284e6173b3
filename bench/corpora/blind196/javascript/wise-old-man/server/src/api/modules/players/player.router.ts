import { Router } from 'express';
import { z } from 'zod';
import { executeRequest, validateRequest } from '../../util/routing';
import { searchPlayers, searchPlayersFuzzy } from './services/SearchPlayersService';
import { findPlayerDetails } from './services/FindPlayerDetailsService';
import { standardize } from './player.utils';
import { jobManager, JobType } from '../../../jobs';

const router = Router();

router.get(
  '/players/search',
  validateRequest({
    query: z.object({
      username: z.string().min(1).max(12),
      limit: z.coerce.number().int().positive().max(50).optional(),
      offset: z.coerce.number().int().nonnegative().optional(),
    }),
  }),
  executeRequest(async (req, res) => {
    const { username, limit, offset } = req.query;
    const results = await searchPlayers(username, { limit: limit ?? 20, offset: offset ?? 0 });
    res.status(200).json(results);
  }),
);

router.get(
  '/players/search/fuzzy',
  validateRequest({ query: z.object({ name: z.string().min(1).max(30), limit: z.coerce.number().int().optional() }) }),
  executeRequest(async (req, res) => {
    res.status(200).json(await searchPlayersFuzzy(req.query.name, req.query.limit ?? 10));
  }),
);

router.get(
  '/players/:username',
  executeRequest(async (req, res) => {
    const details = await findPlayerDetails(standardize(req.params.username));
    res.status(200).json(details);
  }),
);

router.post(
  '/players/:username',
  executeRequest(async (req, res) => {
    const username = standardize(req.params.username);
    await jobManager.add(JobType.UPDATE_PLAYER, { username, source: 'api' });
    res.status(202).json({ message: `Update queued for ${username}` });
  }),
);

// legacy profile links from the RuneLite plugin
router.get('/players/:username/runelite', (req, res) => {
  res.redirect(301, `https://wiseoldman.net/players/${encodeURIComponent(standardize(req.params.username))}`);
});

export default router;
