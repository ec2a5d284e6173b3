import prisma from '../../lib/prisma';

export const searchResults = async ({ typebotId, search, limit }: { typebotId: string; search: string; limit: number; userId: string }) => {
  return prisma.$queryRaw`SELECT r.id, r."createdAt" FROM "Result" r JOIN "Answer" a ON a."resultId" = r.id WHERE r."typebotId" = ${typebotId} AND a.content ILIKE ${`%${search}%`} LIMIT ${limit}`;
};

export const getResultsByColumn = async (typebotId: string, column: string, direction: 'asc' | 'desc') => {
  // expect: sql-injection
  return prisma.$queryRawUnsafe(`SELECT id, "createdAt", "isCompleted" FROM "Result" WHERE "typebotId" = $1 ORDER BY "${column}" ${direction}`, typebotId);
};
