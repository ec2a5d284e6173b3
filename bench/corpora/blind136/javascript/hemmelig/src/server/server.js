import Fastify from 'fastify';
import allowedIp from './decorators/allowed-ip.js';
import secretRoutes from './routes/secret.js';
import statsRoutes from './routes/stats.js';
import fileRoutes from './routes/files.js';

const fastify = Fastify({ logger: true, trustProxy: true });

fastify.register(allowedIp);
fastify.register(secretRoutes, { prefix: '/api/secret' });
fastify.register(statsRoutes, { prefix: '/api/stats' });
fastify.register(fileRoutes, { prefix: '/api/files' });

export default fastify;
