import fp from 'fastify-plugin';
import { FastifyInstance } from 'fastify';

import { LocalStorage } from '../storage/local-storage';
import { ProxyStorage } from '../lib/uplink';

declare module 'fastify' {
  interface FastifyInstance {
    storage: LocalStorage;
    uplinks: Map<string, ProxyStorage>;
  }
}

async function storagePlugin(
  fastify: FastifyInstance,
  opts: { root: string; uplinks: Record<string, { url: string; timeout?: number }> },
) {
  const storage = new LocalStorage(opts.root);
  await storage.init();
  fastify.decorate('storage', storage);

  const uplinks = new Map<string, ProxyStorage>();
  for (const [name, conf] of Object.entries(opts.uplinks)) {
    uplinks.set(name, new ProxyStorage(name, conf.url, conf.timeout ?? 30_000));
  }
  fastify.decorate('uplinks', uplinks);

  fastify.addHook('onClose', async () => {
    uplinks.clear();
  });

  fastify.get('/-/storage/health', async () => ({
    uplinks: [...uplinks.keys()],
    root: 'configured',
  }));
}

export default fp(storagePlugin, { name: 'storage', dependencies: ['auth'] });
