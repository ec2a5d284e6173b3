import { and, desc, eq, lt, or } from "drizzle-orm";

import { auth } from "@/auth";
import { createDb, decodeCursor, encodeCursor } from "@/lib/db";
import { emails, messages } from "@/lib/schema";

export const runtime = "edge";

const PAGE_SIZE = 20;

/** GET /api/emails/:id?cursor=... : one page of a mailbox, newest first. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const session = await auth();
  if (!session?.user?.id) return Response.json({ error: "Unauthorized" }, { status: 401 });

  const { id } = await params;
  const db = createDb();
  const box = await db.query.emails.findFirst({
    where: and(eq(emails.id, id), eq(emails.userId, session.user.id)),
  });
  if (!box) return Response.json({ error: "Not found" }, { status: 404 });

  const cursor = decodeCursor(new URL(request.url).searchParams.get("cursor"));
  const where = cursor
    ? and(
        eq(messages.emailId, id),
        or(
          lt(messages.receivedAt, new Date(cursor.timestamp)),
          and(eq(messages.receivedAt, new Date(cursor.timestamp)), lt(messages.id, cursor.id)),
        ),
      )
    : eq(messages.emailId, id);

  const rows = await db
    .select({ id: messages.id, fromAddress: messages.fromAddress, subject: messages.subject, receivedAt: messages.receivedAt })
    .from(messages)
    .where(where)
    .orderBy(desc(messages.receivedAt), desc(messages.id))
    .limit(PAGE_SIZE + 1);

  const hasMore = rows.length > PAGE_SIZE;
  const page = hasMore ? rows.slice(0, PAGE_SIZE) : rows;
  const last = page[page.length - 1];
  return Response.json({
    messages: page,
    nextCursor: hasMore && last ? encodeCursor(last.receivedAt.getTime(), last.id) : null,
  });
}
