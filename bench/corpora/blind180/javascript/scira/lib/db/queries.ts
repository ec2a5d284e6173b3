import 'server-only';

import { and, desc, eq, ilike, sql } from 'drizzle-orm';

import { db } from './index';
import { chat, message } from './schema';

export async function getChatById({ id }: { id: string }) {
  const [row] = await db.select().from(chat).where(eq(chat.id, id));
  return row ?? null;
}

export async function deleteChatById({ id }: { id: string }) {
  await db.delete(message).where(eq(message.chatId, id));
  return db.delete(chat).where(eq(chat.id, id)).returning();
}

export async function getChatsByUserId({ id, limit }: { id: string; limit: number }) {
  return db
    .select()
    .from(chat)
    .where(eq(chat.userId, id))
    .orderBy(desc(chat.createdAt))
    .limit(Math.min(Math.max(limit, 1), 100));
}

export async function searchChatsByTitle({ userId, query }: { userId: string; query: string }) {
  // expect: sql-injection
  return db.execute(sql.raw(`SELECT id, title, created_at FROM chat WHERE user_id = '${userId}' AND (title ILIKE '%${query}%' OR id IN (SELECT chat_id FROM message WHERE content::text ILIKE '%${query}%')) ORDER BY created_at DESC LIMIT 30`));
}

export async function searchChatsSimple({ userId, query }: { userId: string; query: string }) {
  return db
    .select({ id: chat.id, title: chat.title })
    .from(chat)
    .where(and(eq(chat.userId, userId), ilike(chat.title, `%${query}%`)))
    .limit(30);
}

export async function countMessagesSince({ userId, since }: { userId: string; since: Date }) {
  const result = await db.execute(
    sql`SELECT count(*)::int AS total FROM message m JOIN chat c ON c.id = m.chat_id WHERE c.user_id = ${userId} AND m.role = 'user' AND m.created_at >= ${since}`,
  );
  return (result.rows[0] as { total: number }).total;
}
