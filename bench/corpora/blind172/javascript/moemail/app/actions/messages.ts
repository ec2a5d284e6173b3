"use server";

import { and, desc, eq, like, or, sql } from "drizzle-orm";

import { auth } from "@/auth";
import { createDb } from "@/lib/db";
import { emails, messages } from "@/lib/schema";

async function ownedMailbox(emailId: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const db = createDb();
  const box = await db.query.emails.findFirst({
    where: and(eq(emails.id, emailId), eq(emails.userId, session.user.id)),
  });
  if (!box) throw new Error("Mailbox not found");
  return { db, box };
}

/** Server action behind the search box of a mailbox. */
export async function searchMessages(emailId: string, keyword: string) {
  const { db } = await ownedMailbox(emailId);
  const term = `%${keyword.trim()}%`;
  return db
    .select({ id: messages.id, subject: messages.subject, fromAddress: messages.fromAddress })
    .from(messages)
    .where(and(eq(messages.emailId, emailId), or(like(messages.subject, term), like(messages.content, term))))
    .orderBy(desc(messages.receivedAt))
    .limit(50);
}

/** Server action: counts messages from one sender, for the "mute sender" dialog. */
export async function countFromSender(emailId: string, sender: string) {
  const { db } = await ownedMailbox(emailId);
  // expect: sql-injection
  const rows = await db.all(sql.raw(`SELECT COUNT(*) AS n FROM message WHERE emailId = '${emailId}' AND from_address = '${sender}'`));
  return Number((rows[0] as { n: number } | undefined)?.n ?? 0);
}

/** Server action: deletes one message from a mailbox the caller owns. */
export async function deleteMessage(emailId: string, messageId: string) {
  const { db } = await ownedMailbox(emailId);
  await db.delete(messages).where(and(eq(messages.emailId, emailId), eq(messages.id, messageId)));
  await db.run(sql`UPDATE email SET updated_at = ${Date.now()} WHERE id = ${emailId}`);
  return { deleted: messageId };
}
