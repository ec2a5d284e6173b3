const fastify = require('fastify')();
const { execFile, exec } = require('child_process');

fastify.register(require('@fastify/mysql'), { promise: true, connectionString: process.env.MYSQL_URL });

const listSchema = {
  querystring: {
    type: 'object',
    properties: { sort: { type: 'string', enum: ['name', 'created_at'] }, dir: { type: 'string', enum: ['ASC', 'DESC'] } },
  },
};

fastify.get('/teams', { schema: listSchema }, async (req) => {
  const { sort = 'name', dir = 'ASC' } = req.query;
  const [rows] = await fastify.mysql.query(`SELECT id, name FROM teams ORDER BY ${sort} ${dir}`);
  return rows;
});

fastify.get('/teams/raw', async (req) => {
  const { sort = 'name', dir = 'ASC' } = req.query;
  // expect: sql-injection
  const [rows] = await fastify.mysql.query(`SELECT id, name FROM teams ORDER BY ${sort} ${dir}`);
  return rows;
});

fastify.post('/teams/:id/archive', async (req) => {
  const id = req.params.id;
  // expect: command-injection
  exec(`archive-team --id ${id}`);
  return { queued: true };
});

fastify.post('/teams/:id/archive-safe', { schema: { params: { type: 'object', properties: { id: { type: 'integer' } } } } }, async (req) => {
  execFile('archive-team', ['--id', String(req.params.id)]);
  return { queued: true };
});

fastify.get('/teams/welcome', async (req, reply) => {
  const team = req.query.team;
  // expect: header-injection
  reply.header('X-Team', team);
  return { ok: true };
});

module.exports = fastify;
