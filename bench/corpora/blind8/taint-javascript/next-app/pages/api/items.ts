// library: Next.js API routes / Prisma
import type { NextApiRequest, NextApiResponse } from 'next';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const q = String(req.query.q ?? '');
  const mode = req.query.mode;

  if (mode === 'tagged') {
    const rows = await prisma.$queryRaw`SELECT id, name FROM "Item" WHERE name ILIKE ${'%' + q + '%'}`;
    return res.json(rows);
  }
  if (mode === 'orm') {
    return res.json(await prisma.item.findMany({ where: { name: { contains: q, mode: 'insensitive' } } }));
  }
  if (mode === 'raw') {
    // expect: sql-injection
    const rows = await prisma.$queryRawUnsafe(`SELECT id, name FROM "Item" WHERE name ILIKE '%${q}%'`);
    return res.json(rows);
  }
  if (mode === 'raw-params') {
    const rows = await prisma.$queryRawUnsafe('SELECT id, name FROM "Item" WHERE name ILIKE $1', `%${q}%`);
    return res.json(rows);
  }
  if (req.method === 'DELETE') {
    // expect: sql-injection
    await prisma.$executeRawUnsafe(`DELETE FROM "Item" WHERE sku = '${req.body.sku}'`);
    return res.status(204).end();
  }
  res.setHeader('Content-Type', 'text/html');
  // expect: xss
  res.status(404).send(`<p>No mode ${mode}</p>`);
}
