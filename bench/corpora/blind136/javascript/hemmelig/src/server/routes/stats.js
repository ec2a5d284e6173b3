import { Prisma } from '@prisma/client';
import prisma from '../services/prisma.js';

const SORTABLE = new Map([['created', 'created_at'], ['expires', 'expires_at'], ['views', 'max_views']]);

export default async function stats(fastify) {
    fastify.get('/', { preValidation: [fastify.authenticateAdmin] }, async (request) => {
        const sort = request.query.sort ?? 'created_at';
        // expect: sql-injection
        return prisma.$queryRawUnsafe(`SELECT id, created_at, expires_at, max_views FROM secret ORDER BY ${sort} DESC LIMIT 50`);
    });

    fastify.get('/safe', { preValidation: [fastify.authenticateAdmin] }, async (request) => {
        const column = SORTABLE.get(String(request.query.sort)) ?? 'created_at';
        const limit = Math.min(Number(request.query.limit) || 50, 200);
        await prisma.$queryRaw(Prisma.sql`SELECT count(*) FROM secret WHERE expires_at > ${new Date()}`);
        return prisma.$queryRawUnsafe(`SELECT id, created_at FROM secret ORDER BY ${column} DESC LIMIT $1`, limit);
    });
}
