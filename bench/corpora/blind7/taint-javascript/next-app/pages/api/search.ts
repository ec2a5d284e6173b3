import type { NextApiRequest, NextApiResponse } from 'next';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const term = typeof req.query.q === 'string' ? req.query.q : '';
  const mode = req.query.mode;

  if (mode === 'raw') {
    // expect: sql-injection
    const rows = await prisma.$queryRawUnsafe(`SELECT id, title FROM "Post" WHERE title ILIKE '%${term}%'`);
    return res.json(rows);
  }

  if (mode === 'tagged') {
    const rows = await prisma.$queryRaw`SELECT id, title FROM "Post" WHERE title ILIKE ${'%' + term + '%'}`;
    return res.json(rows);
  }

  const posts = await prisma.post.findMany({
    where: { title: { contains: term, mode: 'insensitive' } },
    take: 20,
  });
  res.status(200).json(posts);
}
