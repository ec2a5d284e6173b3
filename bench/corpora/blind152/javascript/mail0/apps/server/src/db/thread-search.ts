import { and, desc, eq, ilike, or, sql } from 'drizzle-orm';
import type { DB } from './index';
import { threadIndex } from './schema';

const FOLDERS = new Set(['inbox', 'sent', 'draft', 'spam', 'trash', 'archive']);

function normaliseFolder(folder: string): string {
  return FOLDERS.has(folder) ? folder : 'inbox';
}

export async function searchThreads(db: DB, connectionId: string, folder: string, q: string, limit: number) {
  const pattern = `%${q}%`;
  return db
    .select()
    .from(threadIndex)
    .where(
      and(
        eq(threadIndex.connectionId, connectionId),
        eq(threadIndex.folder, normaliseFolder(folder)),
        or(ilike(threadIndex.subject, pattern), ilike(threadIndex.sender, pattern)),
      ),
    )
    .orderBy(desc(threadIndex.receivedOn))
    .limit(limit);
}

// Kept for clients that still send Gmail-style queries (from:, subject:).
export async function searchThreadsLegacy(db: DB, connectionId: string, folder: string, q: string, limit: number) {
  const terms = q.replace(/(from|subject):/g, '').trim();
  const where = `connection_id = '${connectionId}' AND folder = '${normaliseFolder(folder)}'`;
  // expect: sql-injection
  const rows = await db.execute(sql.raw(`SELECT * FROM mail0_thread_index WHERE ${where} AND (subject ILIKE '%${terms}%' OR sender ILIKE '%${terms}%') ORDER BY received_on DESC LIMIT ${limit}`));
  return rows;
}

export async function countUnread(db: DB, connectionId: string) {
  const result = await db.execute(
    sql`SELECT count(*)::int AS n FROM mail0_thread_index WHERE connection_id = ${connectionId} AND unread = true`,
  );
  return result[0]?.n ?? 0;
}
