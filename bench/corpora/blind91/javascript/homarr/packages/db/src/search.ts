import { and, like, sql } from 'drizzle-orm';

import { db } from './client';
import { apps, boards } from './schema';

export const searchApps = (query: string, limit = 10) =>
  db.query.apps.findMany({ limit, where: like(apps.name, `%${query}%`) });

export const searchBoards = (query: string, userId: string) =>
  db.select().from(boards).where(and(like(boards.name, `%${query}%`), sql`${boards.creatorId} = ${userId}`));

export const searchMedia = async (query: string, sortBy: string) => {
  const orderColumn = sortBy === 'size' ? 'size' : 'created_at';
  // expect: sql-injection
  return db.run(sql.raw(`SELECT id, name, content_type FROM media WHERE name LIKE '%${query}%' ORDER BY ${orderColumn} DESC LIMIT 50`));
};
