import "server-only";
import { and, desc, eq, ilike, sql } from "drizzle-orm";
import { db } from "./index";
import { chat } from "./schema";

export async function saveChat({ id, userId, title }: { id: string; userId: string; title: string }) {
  return db.insert(chat).values({ id, createdAt: new Date(), userId, title });
}

export async function getChatById({ id }: { id: string }) {
  const [selected] = await db.select().from(chat).where(eq(chat.id, id));
  return selected;
}

export async function searchChatsByTitle({ userId, query }: { userId: string; query: string }) {
  return db.select().from(chat).where(and(eq(chat.userId, userId), ilike(chat.title, `%${query}%`))).orderBy(desc(chat.createdAt));
}

export async function searchChatsLegacy({ userId, query }: { userId: string; query: string }) {
  // expect: sql-injection
  return db.execute(sql.raw(`SELECT id, title FROM "Chat" WHERE "userId" = '${userId}' AND title ILIKE '%${query}%' ORDER BY "createdAt" DESC`));
}
