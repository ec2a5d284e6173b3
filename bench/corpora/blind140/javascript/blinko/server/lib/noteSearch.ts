import { Prisma } from '@prisma/client';
import { prisma } from '../prisma';

export function searchNotes(accountId: number, searchText: string, page: number, size: number, orderBy: 'asc' | 'desc') {
  return prisma.notes.findMany({
    where: { accountId, content: { contains: searchText, mode: 'insensitive' } },
    orderBy: { updatedAt: orderBy },
    skip: (page - 1) * size,
    take: size,
  });
}

export function searchNotesRaw(accountId: number, searchText: string, orderBy: 'asc' | 'desc') {
  if (searchText.startsWith('#')) {
    const tag = searchText.slice(1);
    return prisma.$queryRaw(Prisma.sql`SELECT n.* FROM notes n JOIN "tagsToNote" t ON t."noteId" = n.id JOIN tag g ON g.id = t."tagId" WHERE n."accountId" = ${accountId} AND g.name = ${tag}`);
  }
  const direction = orderBy === 'asc' ? 'ASC' : 'DESC';
  // expect: sql-injection
  return prisma.$queryRawUnsafe(`SELECT * FROM notes WHERE "accountId" = ${accountId} AND content ILIKE '%${searchText}%' ORDER BY "updatedAt" ${direction}`);
}
