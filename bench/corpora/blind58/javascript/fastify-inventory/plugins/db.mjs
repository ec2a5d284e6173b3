import fp from 'fastify-plugin';
import pg from 'pg';

async function dbPlugin(fastify, opts) {
  const pool = new pg.Pool({ connectionString: opts.connectionString, max: 10 });
  fastify.decorate('pg', pool);
  fastify.addHook('onClose', async () => {
    await pool.end();
  });
}

export default fp(dbPlugin, { name: 'db' });
