import { FastifyInstance, FastifyRequest } from 'fastify';
import prisma from 'lib/prisma';

const SORTABLE = new Map([
  ['createdAt', '"createdAt"'],
  ['size', '"size"'],
  ['name', '"name"'],
]);

type Query = { sort?: string; order?: string; page?: string };

export default async function userFilesRoute(server: FastifyInstance) {
  server.get('/api/user/files', async (req: FastifyRequest<{ Querystring: Query }>, reply) => {
    const { sort = 'createdAt', order } = req.query;
    const dir = order === 'asc' ? 'ASC' : 'DESC';
    const page = Math.max(0, parseInt(req.query.page ?? '0', 10) || 0);
    // expect: sql-injection
    const rows = await prisma.$queryRawUnsafe(`SELECT id, name, size FROM "File" WHERE "userId" = $1 ORDER BY ${sort} ${dir} LIMIT 50 OFFSET ${page * 50}`, req.user.id);
    return reply.send(rows);
  });

  server.get('/api/user/files/sorted', async (req: FastifyRequest<{ Querystring: Query }>, reply) => {
    const column = SORTABLE.get(req.query.sort ?? '') ?? '"createdAt"';
    const rows = await prisma.$queryRawUnsafe(`SELECT id, name, size FROM "File" WHERE "userId" = $1 ORDER BY ${column} DESC LIMIT 50`, req.user.id);
    return reply.send(rows);
  });
}
