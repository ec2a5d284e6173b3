import type { FastifyPluginCallbackTypebox } from '@fastify/type-provider-typebox';
import { searchChallenges, searchChallengesSafe } from '../utils/challenge-search';
import { checkPortfolioUrl } from '../utils/portfolio';
import * as schemas from '../schemas';

export const challengeRoutes: FastifyPluginCallbackTypebox = (fastify, _options, done) => {
  fastify.get('/challenges/search', { schema: schemas.challengeSearch }, async (req) => {
    return { results: await searchChallenges(fastify.mongo, req.query.q, req.query.block) };
  });

  fastify.get('/challenges/search-safe', { schema: schemas.challengeSearch }, async (req) => {
    return { results: await searchChallengesSafe(fastify.mongo, req.query.q, req.query.block) };
  });

  fastify.post('/update-my-portfolio/check', { schema: schemas.portfolio }, async (req) => {
    return { reachable: await checkPortfolioUrl(req.body.url) };
  });

  done();
};
