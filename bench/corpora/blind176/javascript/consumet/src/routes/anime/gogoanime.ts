import { FastifyRequest, FastifyReply, FastifyInstance, RegisterOptions } from 'fastify';
import { ANIME } from '@consumet/extensions';
import { StreamingServers } from '@consumet/extensions/dist/models';

import { redis } from '../../main';
import cache from '../../utils/cache';
import { filterByTitlePattern, filterByWord, filterByYear, paginate } from '../../utils/filter';

const SERVERS = new Set<string>(Object.values(StreamingServers));

const routes = async (fastify: FastifyInstance, options: RegisterOptions) => {
  const gogoanime = new ANIME.Gogoanime(process.env.GOGOANIME_URL);

  fastify.get('/:query', async (request: FastifyRequest, reply: FastifyReply) => {
    const query = decodeURIComponent((request.params as { query: string }).query);
    const { page, match, word, year } = request.query as { page?: string; match?: string; word?: string; year?: string };

    const key = `gogoanime:search:${query}`;
    const res = redis
      ? await cache.fetch(redis, key, () => gogoanime.search(query, 1), 60 * 60)
      : await gogoanime.search(query, 1);

    let results = filterByTitlePattern(res.results, match);
    results = filterByWord(results, word);
    results = filterByYear(results, year);
    return reply.status(200).send(paginate(results, Number(page) || 1));
  });

  fastify.get('/info/:id', async (request: FastifyRequest, reply: FastifyReply) => {
    const id = decodeURIComponent((request.params as { id: string }).id);
    try {
      const res = redis
        ? await cache.fetch(redis, `gogoanime:info:${id}`, () => gogoanime.fetchAnimeInfo(id), 60 * 60 * 3)
        : await gogoanime.fetchAnimeInfo(id);
      reply.status(200).send(res);
    } catch (err) {
      reply.status(500).send({ message: 'Something went wrong. Contact developer for help.' });
    }
  });

  fastify.get('/watch/:episodeId', async (request: FastifyRequest, reply: FastifyReply) => {
    const episodeId = (request.params as { episodeId: string }).episodeId;
    const requested = (request.query as { server?: string }).server;
    const server = requested && SERVERS.has(requested) ? (requested as StreamingServers) : StreamingServers.GogoCDN;

    try {
      const res = redis
        ? await cache.fetch(redis, `gogoanime:watch:${episodeId}:${server}`, () => gogoanime.fetchEpisodeSources(episodeId, server), 60 * 30)
        : await gogoanime.fetchEpisodeSources(episodeId, server);
      reply.status(200).send(res);
    } catch (err) {
      reply.status(500).send({ message: 'Something went wrong. Contact developer for help.' });
    }
  });
};

export default routes;
