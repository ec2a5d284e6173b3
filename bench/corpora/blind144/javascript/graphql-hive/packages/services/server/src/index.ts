import fastify from 'fastify';
import { createRegistry } from '../../api/src/create';
import { graphqlHandler } from './graphql-handler';
import { githubCallback, githubSetupCallback } from './github';

export async function main() {
  const server = fastify({ logger: true, trustProxy: true });
  const registry = createRegistry();

  server.route({
    method: ['GET', 'POST'],
    url: '/graphql',
    handler: graphqlHandler({ registry }),
  });

  server.get('/api/github/callback', githubCallback);
  server.get('/api/github/setup-callback', githubSetupCallback);

  server.addHook('onRequest', async (req) => {
    const clientName = req.headers['graphql-client-name'] ?? 'unknown';
    const clientVersion = req.headers['graphql-client-version'] ?? 'unknown';
    req.log.info({ clientName, clientVersion }, 'incoming request');
  });

  await server.listen({ port: 4000, host: '0.0.0.0' });
}
