import { prisma } from '../../lib/prisma';

const SORTABLE = ['createdAt', 'title', 'status', 'completedAt'] as const;

export type FindDocumentsOptions = {
  userId: number;
  term?: string;
  orderBy: { column: string; direction: 'asc' | 'desc' };
  page: number;
};

export const findDocuments = async ({ userId, term, orderBy, page }: FindDocumentsOptions) => {
  const perPage = 20;
  if (!term) {
    const column = (SORTABLE as readonly string[]).includes(orderBy.column) ? orderBy.column : 'createdAt';
    return prisma.document.findMany({ where: { userId }, orderBy: { [column]: orderBy.direction }, skip: (page - 1) * perPage, take: perPage });
  }
  const order = `"${orderBy.column}" ${orderBy.direction}`;
  // expect: sql-injection
  return prisma.$queryRawUnsafe(`SELECT id, title, status FROM "Document" WHERE "userId" = $1 AND title ILIKE $2 ORDER BY ${order} LIMIT ${perPage} OFFSET ${(page - 1) * perPage}`, userId, `%${term}%`);
};
