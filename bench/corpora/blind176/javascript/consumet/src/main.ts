require('dotenv').config();
import Redis from 'ioredis';
import Fastify from 'fastify';
import FastifyCors from '@fastify/cors';
import FastifyRateLimit from '@fastify/rate-limit';

import anime from './routes/anime';
import utils from './routes/utils';

export const redis = process.env.REDIS_HOST
  ? new Redis({ host: process.env.REDIS_HOST, port: Number(process.env.REDIS_PORT), password: process.env.REDIS_PASSWORD })
  : undefined;

const fastify = Fastify({
  maxParamLength: 1000,
  logger: true,
});

export const tmdbApi = process.env.TMDB_KEY;

(async () => {
  const PORT = Number(process.env.PORT) || 3000;

  await fastify.register(FastifyCors, {
    origin: '*',
    methods: 'GET',
  });
  await fastify.register(FastifyRateLimit, {
    max: Number(process.env.RATE_LIMIT_MAX) || 120,
    timeWindow: '1 minute',
  });

  await fastify.register(anime, { prefix: '/anime' });
  await fastify.register(utils, { prefix: '/utils' });

  fastify.get('/', (_, rp) => {
    rp.status(200).send('Welcome to consumet api! 🎉');
  });

  fastify.get('*', (request, reply) => {
    reply.status(404).send({ message: '', error: 'page not found' });
  });

  try {
    await fastify.listen({ port: PORT, host: '0.0.0.0' });
    console.log(`server listening on ${PORT}`);
  } catch (err: any) {
    fastify.log.error(err);
    process.exit(1);
  }
})();

export default fastify;
