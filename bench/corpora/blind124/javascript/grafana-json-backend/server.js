const fastify = require('fastify')({ logger: true });

fastify.get('/', async () => ({ status: 'ok' }));
fastify.register(require('./routes/query'));
fastify.register(require('./routes/annotations'));
fastify.register(require('./routes/search'));

fastify.listen({ port: Number(process.env.PORT || 3030), host: process.env.HOST || '127.0.0.1' });
