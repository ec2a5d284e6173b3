import { eq, sql } from 'drizzle-orm';
import db from './index';
import { messages } from './schema';

export async function saveMessage(chatId: string, messageId: string, content: string) {
  await db.insert(messages).values({ chatId, messageId, content, role: 'user' }).execute();
}

export async function deleteChatMessages(chatId: string) {
  await db.delete(messages).where(eq(messages.chatId, chatId)).execute();
}

export async function deleteChatMessagesLegacy(chatId: string) {
  // expect: sql-injection
  await db.run(sql.raw(`DELETE FROM messages WHERE chatId = '${chatId}'`));
}
